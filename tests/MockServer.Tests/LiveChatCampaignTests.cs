using System.Net;
using LiveChat.Partners.Mock.Tests.Infrastructure;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>LiveChat affiliate campaigns and reports, including the deprecated paths that share their state.</summary>
[Collection(MockServerCollection.Name)]
public sealed class LiveChatCampaignTests(MockServerFixture server)
{
    private const string Campaigns = "/affiliates/livechat/campaigns";

    [Fact]
    public async Task Create_builds_slug_url_and_discount()
    {
        var api = await server.NewSandboxAsync();
        var campaign = await Expect.JsonAsync(await api.PostAsync(Campaigns, new { name = "New campaign", trial_duration = 45, coupon_id = 1, link = "features/" }), HttpStatusCode.Created);
        Assert.Equal("pp_new-campaign", (string?)campaign["slug"]);
        Assert.Equal($"https://www.livechatinc.com/features/?a={api.PartnerId}&utm_campaign=pp_new-campaign&utm_source=PP", (string?)campaign["url"]);
        Assert.Equal("30% off first payment", (string?)campaign["discount"]);
        Assert.Equal(45, (int)campaign["trial_duration"]!);
        Assert.StartsWith("https://lc.chat/", (string?)campaign["short_url"]);
    }

    [Fact]
    public async Task Slug_is_url_friendly()
    {
        var api = await server.NewSandboxAsync();
        var campaign = await Expect.JsonAsync(await api.PostAsync(Campaigns, new { name = "  Zażółć   Summer -- Sale 2024!!  ", trial_duration = 14 }), HttpStatusCode.Created);
        Assert.Equal("pp_zazolc-summer-sale-2024", (string?)campaign["slug"]);
        Assert.Equal("", (string?)campaign["discount"]);
    }

    [Fact]
    public async Task A_taken_name_is_409()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.PostAsync(Campaigns, new { name = "Hello World!", trial_duration = 20 }), HttpStatusCode.Conflict, "conflict", "name");
    }

    [Fact]
    public async Task A_foreign_coupon_is_403()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.PostAsync(Campaigns, new { name = "Coupon campaign", trial_duration = 20, coupon_id = 77 }), HttpStatusCode.Forbidden, "authorization", "coupon_id");
    }

    [Theory]
    [InlineData("Abcd", 20, "name")]
    [InlineData("Valid name", 13, "trial_duration")]
    [InlineData("Valid name", 61, "trial_duration")]
    public async Task Name_and_trial_limits_are_400(string name, int trial, string field)
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.PostAsync(Campaigns, new { name, trial_duration = trial }), HttpStatusCode.BadRequest, "validation", field);
    }

    [Fact]
    public async Task A_name_over_100_characters_is_400()
    {
        var api = await server.NewSandboxAsync();
        var error = await Expect.ErrorAsync(await api.PostAsync(Campaigns, new { name = new string('x', 101), trial_duration = 20 }), HttpStatusCode.BadRequest, "validation", "name");
        Assert.Equal("must be at most 100 characters", Expect.ReasonFor(error, "name"));
    }

    [Fact]
    public async Task Disable_moves_the_campaign_to_the_disabled_list_with_a_timestamp()
    {
        var api = await server.NewSandboxAsync();
        await Expect.JsonAsync(await api.DeleteAsync(Campaigns + "/pp_hello-world"), HttpStatusCode.OK);
        var active = await Expect.JsonAsync(await api.GetAsync(Campaigns + "/active"), HttpStatusCode.OK);
        Assert.DoesNotContain(active["result"]!, c => (string?)c["slug"] == "pp_hello-world");
        var disabled = await Expect.JsonAsync(await api.GetAsync(Campaigns + "/disabled"), HttpStatusCode.OK);
        var campaign = disabled["result"]!.Single(c => (string?)c["slug"] == "pp_hello-world");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", (string?)campaign["disabled_timestamp"]);
    }

    // The active list is serialized once per state of the list (issue 12): each test reads it first, so a stale answer
    // would show below.
    [Fact]
    public async Task The_active_list_read_before_a_create_shows_the_new_campaign_after_it()
    {
        var api = await server.NewSandboxAsync();
        var before = await Expect.JsonAsync(await api.GetAsync(Campaigns + "/active"), HttpStatusCode.OK);
        await Expect.JsonAsync(await api.PostAsync(Campaigns, new { name = "Added after a read", trial_duration = 20 }), HttpStatusCode.Created);
        var after = await Expect.JsonAsync(await api.GetAsync(Campaigns + "/active"), HttpStatusCode.OK);
        Assert.Equal(before["result"]!.Count() + 1, after["result"]!.Count());
        Assert.Equal("pp_added-after-a-read", (string?)after["result"]![0]!["slug"]); // newest first
    }

    [Fact]
    public async Task The_active_list_read_before_a_disable_or_a_reset_shows_the_change_after_it()
    {
        var api = await server.NewSandboxAsync();
        Assert.Contains((await Expect.JsonAsync(await api.GetAsync(Campaigns + "/active"), HttpStatusCode.OK))["result"]!, c => (string?)c["slug"] == "pp_hello-world");
        await Expect.JsonAsync(await api.DeleteAsync(Campaigns + "/pp_hello-world"), HttpStatusCode.OK);
        Assert.DoesNotContain((await Expect.JsonAsync(await api.GetAsync(Campaigns + "/active"), HttpStatusCode.OK))["result"]!, c => (string?)c["slug"] == "pp_hello-world");
        await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Post, "/reset"), HttpStatusCode.OK);
        Assert.Contains((await Expect.JsonAsync(await api.GetAsync(Campaigns + "/active"), HttpStatusCode.OK))["result"]!, c => (string?)c["slug"] == "pp_hello-world");
    }

    [Fact]
    public async Task The_active_list_unchanged_is_the_same_bytes_with_the_headers_of_the_other_lists()
    {
        var api = await server.NewSandboxAsync();
        var first = await api.GetAsync(Campaigns + "/active");
        var second = await api.GetAsync(Campaigns + "/active");
        var disabled = await api.GetAsync(Campaigns + "/disabled"); // written by MVC's JSON formatter
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(disabled.Content.Headers.ContentType, first.Content.Headers.ContentType);
        Assert.Equal((await first.Content.ReadAsByteArrayAsync()).Length, first.Content.Headers.ContentLength);
        var other = await server.NewSandboxAsync();
        Assert.DoesNotContain(api.PartnerId, await (await other.GetAsync(Campaigns + "/active")).Content.ReadAsStringAsync()); // one cache, sandboxes apart
    }

    [Fact]
    public async Task Disabling_twice_is_403()
    {
        var api = await server.NewSandboxAsync();
        await Expect.JsonAsync(await api.DeleteAsync(Campaigns + "/pp_another-campaign"), HttpStatusCode.OK);
        await Expect.ErrorAsync(await api.DeleteAsync(Campaigns + "/pp_another-campaign"), HttpStatusCode.Forbidden, "authorization");
    }

    [Fact]
    public async Task Disabling_an_unknown_campaign_is_403()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.DeleteAsync(Campaigns + "/pp_nothing-here"), HttpStatusCode.Forbidden, "authorization");
    }

    [Fact]
    public async Task A_slug_without_the_prefix_is_400()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.DeleteAsync(Campaigns + "/hello-world"), HttpStatusCode.BadRequest, "validation", "slug");
    }

    [Fact]
    public async Task Deprecated_paths_share_state_with_the_current_ones()
    {
        var api = await server.NewSandboxAsync();
        await Expect.JsonAsync(await api.PostAsync("/affiliates/campaigns", new { name = "Made the old way", trial_duration = 30 }), HttpStatusCode.Created);
        var active = await Expect.JsonAsync(await api.GetAsync(Campaigns + "/active"), HttpStatusCode.OK);
        Assert.Contains(active["result"]!, c => (string?)c["slug"] == "pp_made-the-old-way");
        await Expect.JsonAsync(await api.DeleteAsync(Campaigns + "/pp_made-the-old-way"), HttpStatusCode.OK);
        var disabledOld = await Expect.JsonAsync(await api.GetAsync("/affiliates/campaigns/disabled"), HttpStatusCode.OK);
        Assert.Contains(disabledOld["result"]!, c => (string?)c["slug"] == "pp_made-the-old-way");
        await Expect.ErrorAsync(await api.DeleteAsync("/affiliates/campaigns/pp_made-the-old-way"), HttpStatusCode.Forbidden, "authorization");
        var activeOld = await Expect.JsonAsync(await api.GetAsync("/affiliates/campaigns/active"), HttpStatusCode.OK);
        Assert.True(JToken.DeepEquals(activeOld, await Expect.JsonAsync(await api.GetAsync(Campaigns + "/active"), HttpStatusCode.OK)));
    }

    [Theory]
    [InlineData("", 2)]
    [InlineData("?date_from=2018-02-01", 1)]
    [InlineData("?date_to=2018-02-01", 1)]
    [InlineData("?date_from=2018-03-01&date_to=2018-03-01", 1)]
    [InlineData("?date_from=2019-01-01", 0)]
    public async Task Licenses_are_filtered_by_creation_date(string query, int count)
    {
        var api = await server.NewSandboxAsync();
        var licenses = await Expect.JsonAsync(await api.GetAsync("/affiliates/livechat/licenses" + query), HttpStatusCode.OK);
        Assert.Equal(count, licenses["result"]!.Count());
        var deprecated = await Expect.JsonAsync(await api.GetAsync("/affiliates/licenses" + query), HttpStatusCode.OK);
        Assert.True(JToken.DeepEquals(licenses, deprecated));
    }

    [Theory]
    [InlineData("/affiliates/livechat/licenses?date_from=2018-02-30", "date_from")]
    [InlineData("/affiliates/livechat/licenses?date_to=yesterday", "date_to")]
    [InlineData("/affiliates/livechat/performance?date_from=2018-3-1", "date_from")]
    [InlineData("/affiliates/performance?date_to=2018/03/01", "date_to")]
    [InlineData("/affiliates/licenses?date_from=2018-03-02&date_to=2018-03-01", "date_to")]
    public async Task A_bad_date_is_400(string path, string field)
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.GetAsync(path), HttpStatusCode.BadRequest, "validation", field);
    }

    [Fact]
    public async Task Performance_report_adds_up_the_rows_in_the_range()
    {
        var api = await server.NewSandboxAsync();
        var all = await Expect.JsonAsync(await api.GetAsync("/affiliates/livechat/performance"), HttpStatusCode.OK);
        Assert.Equal(2, all["result"]!.Count());
        var row = all["result"]!.Single(r => (string?)r["campaign"] == "My campaign");
        Assert.Equal(50.0, (double)row["trial_percent"]!);
        Assert.True(JToken.DeepEquals(all, await Expect.JsonAsync(await api.GetAsync("/affiliates/performance"), HttpStatusCode.OK)));
        var march = await Expect.JsonAsync(await api.GetAsync("/affiliates/livechat/performance?date_from=2018-03-01"), HttpStatusCode.OK);
        Assert.Equal("My campaign", (string?)march["result"]!.Single()["campaign"]);
    }

    [Fact]
    public async Task History_is_monthly_newest_first()
    {
        var api = await server.NewSandboxAsync();
        var history = await Expect.JsonAsync(await api.GetAsync("/affiliates/livechat/history"), HttpStatusCode.OK);
        Assert.Equal(["2018-03", "2018-02", "2018-01"], history["result"]!.Select(h => (string)h["date"]!));
        Assert.True(JToken.DeepEquals(history, await Expect.JsonAsync(await api.GetAsync("/affiliates/history"), HttpStatusCode.OK)));
    }
}
