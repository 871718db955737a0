using System.Net;

namespace LiveChat.Partners.Reliability.Concurrency;

/// <summary>64 sandboxes used at once: nothing of one is visible or changeable with another's token.</summary>
[Collection(ReliabilityCollection.Name)]
public sealed class SandboxIsolationTests(ReliabilityServer server)
{
    private const int Sandboxes = 64;

    [Fact]
    public async Task Nothing_of_one_sandbox_is_visible_or_changeable_with_another_sandboxes_token()
    {
        var sandboxes = await Task.WhenAll(Enumerable.Range(0, Sandboxes).Select(_ => server.NewSandboxAsync()));
        try
        {
            // Every sandbox creates its own campaign, token and license, all at once.
            var created = await Task.WhenAll(sandboxes.Select(async (s, i) =>
            {
                var campaign = await Json.SendAsync(s.Http, HttpMethod.Post, "/v2/partners/affiliates/livechat/campaigns", new { name = $"Isolated campaign {i}", trial_duration = 30 });
                var token = await Json.SendAsync(s.Http, HttpMethod.Post, "/v2/partners/tokens", new { label = $"isolated token {i}" });
                var license = await Json.SendAsync(s.Http, HttpMethod.Post, "/v2/partners/solutions/licenses", new { client_name = $"Isolated Client {i}", client_email = $"isolated{i}@example.com", payment_origin = "partner" });
                Assert.Equal(HttpStatusCode.Created, campaign.Status);
                Assert.Equal(HttpStatusCode.Created, token.Status);
                Assert.Equal(HttpStatusCode.Created, license.Status);
                return (Slug: (string)campaign.Body!["slug"]!, Token: (string)token.Body!["token"]!, License: (string)license.Body!["license"]!);
            }));

            await Task.WhenAll(sandboxes.Select(async (s, i) =>
            {
                var other = created[(i + 1) % Sandboxes];
                var campaigns = (await Json.ResultAsync(s.Http, "/v2/partners/affiliates/livechat/campaigns/active")).ToString();
                var tokens = (await Json.ResultAsync(s.Http, "/v2/partners/tokens")).ToString();
                var licenses = (await Json.ResultAsync(s.Http, "/v2/partners/resellers/licenses")).ToString();

                Assert.Contains($"Isolated campaign {i}\"", campaigns);
                Assert.Equal(1, CountOf("Isolated campaign", campaigns));
                Assert.Equal(1, CountOf("isolated token", tokens));
                Assert.DoesNotContain(other.Token, tokens);
                Assert.Equal(1, CountOf("Isolated Client", licenses));

                // Another sandbox's license and campaign cannot be read or changed with this token.
                if (other.License != created[i].License)
                {
                    Assert.Equal(HttpStatusCode.NotFound, (await Json.SendAsync(s.Http, HttpMethod.Get, $"/v2/partners/resellers/licenses/{other.License}")).Status);
                }

                Assert.Equal(HttpStatusCode.Forbidden, (await Json.SendAsync(s.Http, HttpMethod.Delete, $"/v2/partners/affiliates/livechat/campaigns/{other.Slug}")).Status);
            }));

            // Every sandbox's own things are intact after the others' attempts.
            for (var i = 0; i < Sandboxes; i++)
            {
                var active = (await Json.ResultAsync(sandboxes[i].Http, "/v2/partners/affiliates/livechat/campaigns/active")).Select(c => (string)c["slug"]!);
                Assert.Contains(created[i].Slug, active);
                using var own = server.Anonymous();
                own.DefaultRequestHeaders.Authorization = new("Bearer", created[i].Token);
                Assert.Equal(HttpStatusCode.OK, (await Json.SendAsync(own, HttpMethod.Get, "/v2/partners")).Status);
            }
        }
        finally
        {
            foreach (var (_, http) in sandboxes)
            {
                http.Dispose();
            }
        }
    }

    private static int CountOf(string needle, string haystack)
    {
        var count = 0;
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
