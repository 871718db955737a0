using System.Net;
using LiveChat.Partners.Mock.Tests.Infrastructure;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>Many clients in one sandbox lose no writes and get unique ids and slugs.</summary>
[Collection(MockServerCollection.Name)]
public sealed class ConcurrencyTests(MockServerFixture server)
{
    [Fact]
    public async Task Parallel_campaigns_and_tokens_are_all_kept_with_unique_slugs_and_ids()
    {
        var api = await server.NewSandboxAsync();
        var campaigns = Enumerable.Range(0, 40).Select(i => api.PostAsync("/affiliates/livechat/campaigns", new { name = $"Parallel {i:00}!", trial_duration = 20 }));
        var tokens = Enumerable.Range(0, 40).Select(i => api.PostAsync("/tokens", new { label = $"parallel token {i}" }));
        var responses = await Task.WhenAll(campaigns.Concat(tokens));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));

        var active = await Expect.JsonAsync(await api.GetAsync("/affiliates/livechat/campaigns/active"), HttpStatusCode.OK);
        var slugs = active["result"]!.Select(c => (string)c["slug"]!).Where(s => s.StartsWith("pp_parallel-", StringComparison.Ordinal)).ToList();
        Assert.Equal(40, slugs.Count);
        Assert.Equal(40, slugs.Distinct().Count());
        var shortUrls = active["result"]!.Select(c => (string)c["short_url"]!).ToList();
        Assert.Equal(shortUrls.Count, shortUrls.Distinct().Count());

        var list = await Expect.JsonAsync(await api.GetAsync("/tokens"), HttpStatusCode.OK);
        var ids = list["result"]!.Select(t => (long)t["id"]!).ToList();
        Assert.Equal(42, ids.Count);
        Assert.Equal(42, ids.Distinct().Count());
    }

    [Fact]
    public async Task Parallel_duplicates_create_exactly_one_campaign()
    {
        var api = await server.NewSandboxAsync();
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => api.PostAsync("/affiliates/livechat/campaigns", new { name = "Same name", trial_duration = 20 })));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
    }
}
