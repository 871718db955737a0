using System.Net;

namespace LiveChat.Partners.Reliability.Concurrency;

/// <summary>
/// 64 clients at once in one sandbox, creating campaigns, API tokens and licenses and disabling campaigns: no write is
/// lost, no id or slug is given twice, and the lists hold exactly what succeeded.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class OneSandboxConcurrencyTests(ReliabilityServer server)
{
    public const int Clients = 64;

    private const string Campaigns = "/v2/partners/affiliates/livechat/campaigns";

    [Fact]
    public async Task Sixty_four_clients_creating_and_disabling_lose_no_write_and_share_no_id()
    {
        var (_, http) = await server.NewSandboxAsync();
        using var _ = http;
        var activeBefore = (await Json.ResultAsync(http, Campaigns + "/active")).Count;
        var tokensBefore = (await Json.ResultAsync(http, "/v2/partners/tokens")).Count;
        var licensesBefore = (await Json.ResultAsync(http, "/v2/partners/resellers/licenses")).Count;
        using var start = new SemaphoreSlim(0);

        var work = Enumerable.Range(0, Clients).Select(async i =>
        {
            await start.WaitAsync();

            // Names differ only in case and punctuation every other client: the slugs must still be unique.
            var campaign = await Json.SendAsync(http, HttpMethod.Post, Campaigns, new { name = i % 2 == 0 ? $"Load campaign {i}" : $"load-campaign {i}!", trial_duration = 30 });
            var token = await Json.SendAsync(http, HttpMethod.Post, "/v2/partners/tokens", new { label = $"load token {i}" });
            var license = await Json.SendAsync(http, HttpMethod.Post, "/v2/partners/solutions/licenses", new { client_name = $"Load Client {i}", client_email = $"load{i}@example.com", payment_origin = "partner" });
            (HttpStatusCode Status, JToken? Body) disabled = default;
            if (i % 4 == 0 && campaign.Status == HttpStatusCode.Created)
            {
                disabled = await Json.SendAsync(http, HttpMethod.Delete, $"{Campaigns}/{campaign.Body!["slug"]}");
            }

            // Everyone races to disable the same seeded campaign: exactly one may win.
            var race = await Json.SendAsync(http, HttpMethod.Delete, $"{Campaigns}/pp_hello-world");
            return (campaign, token, license, disabled, race);
        }).ToList();
        start.Release(Clients);
        var results = await Task.WhenAll(work);

        Assert.All(results, r => Assert.Equal(HttpStatusCode.Created, r.campaign.Status));
        Assert.All(results, r => Assert.Equal(HttpStatusCode.Created, r.token.Status));
        Assert.All(results, r => Assert.Equal(HttpStatusCode.Created, r.license.Status));
        Assert.Single(results, r => r.race.Status == HttpStatusCode.OK || r.race.Status == HttpStatusCode.NoContent);
        Assert.All(results.Where(r => r.race.Status is not (HttpStatusCode.OK or HttpStatusCode.NoContent)), r => Assert.Equal(HttpStatusCode.Forbidden, r.race.Status));

        var slugs = results.Select(r => (string)r.campaign.Body!["slug"]!).ToList();
        Assert.Equal(Clients, slugs.Distinct(StringComparer.Ordinal).Count());
        var tokenIds = results.Select(r => (long)r.token.Body!["id"]!).ToList();
        Assert.Equal(Clients, tokenIds.Distinct().Count());
        Assert.Equal(Clients, results.Select(r => (string)r.token.Body!["token"]!).Distinct(StringComparer.Ordinal).Count());
        var licenseIds = results.Select(r => (string)r.license.Body!["license"]!).ToList();
        Assert.Equal(Clients, licenseIds.Distinct(StringComparer.Ordinal).Count());

        var disabledSlugs = results.Where(r => r.disabled.Status is HttpStatusCode.OK or HttpStatusCode.NoContent).Select(r => (string)r.campaign.Body!["slug"]!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(Clients / 4, disabledSlugs.Count);
        var active = (await Json.ResultAsync(http, Campaigns + "/active")).Select(c => (string)c["slug"]!).ToList();
        var disabledList = (await Json.ResultAsync(http, Campaigns + "/disabled")).Select(c => (string)c["slug"]!).ToList();
        Assert.Equal(activeBefore + Clients - disabledSlugs.Count - 1, active.Count);
        Assert.Equal(active.Count, active.Distinct(StringComparer.Ordinal).Count());
        Assert.All(slugs.Where(s => !disabledSlugs.Contains(s)), s => Assert.Contains(s, active));
        Assert.All(disabledSlugs, s => Assert.Contains(s, disabledList));
        Assert.Contains("pp_hello-world", disabledList);

        var tokens = await Json.ResultAsync(http, "/v2/partners/tokens");
        Assert.Equal(tokensBefore + Clients, tokens.Count);
        Assert.Equal(tokens.Count, tokens.Select(t => (long)t["id"]!).Distinct().Count());
        var licenses = await Json.ResultAsync(http, "/v2/partners/resellers/licenses");
        Assert.Equal(licensesBefore + Clients, licenses.Count);
        Assert.All(licenseIds, id => Assert.Contains(licenses, l => (string?)l["license"] == id));
    }

    [Fact]
    public async Task Sixty_four_clients_creating_the_same_campaign_name_get_one_201_and_63_409()
    {
        var (_, http) = await server.NewSandboxAsync();
        using var _ = http;
        var results = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ =>
            Json.SendAsync(http, HttpMethod.Post, Campaigns, new { name = "Same name for all", trial_duration = 30 })));

        Assert.Single(results, r => r.Status == HttpStatusCode.Created);
        Assert.Equal(Clients - 1, results.Count(r => r.Status == HttpStatusCode.Conflict));
        Assert.Single(await Json.ResultAsync(http, Campaigns + "/active"), c => (string?)c["name"] == "Same name for all");
    }
}
