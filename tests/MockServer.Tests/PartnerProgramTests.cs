using System.Net;
using LiveChat.Partners.Mock.Tests.Infrastructure;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>Partner Program affiliate: campaigns, leads, their licenses, performance and history.</summary>
[Collection(MockServerCollection.Name)]
public sealed class PartnerProgramTests(MockServerFixture server)
{
    private const string Campaigns = "/affiliates/livechat-partner-program/campaigns";

    [Fact]
    public async Task Create_points_the_url_at_the_partner_program_page()
    {
        var api = await server.NewSandboxAsync();
        var campaign = await Expect.JsonAsync(await api.PostAsync(Campaigns, new { name = "Blog campaign", link = "blog/" }), HttpStatusCode.Created);
        Assert.Equal("pp_blog-campaign", (string?)campaign["slug"]);
        Assert.Equal($"https://partners.livechatinc.com/blog/?a={api.PartnerId}&utm_campaign=pp_blog-campaign&utm_source=PP", (string?)campaign["url"]);
        Assert.Null(campaign["trial_duration"]);
    }

    [Fact]
    public async Task Active_campaigns_are_listed_newest_first()
    {
        var api = await server.NewSandboxAsync();
        await Expect.JsonAsync(await api.PostAsync(Campaigns, new { name = "Fresh campaign" }), HttpStatusCode.Created);
        var active = await Expect.JsonAsync(await api.GetAsync(Campaigns + "/active"), HttpStatusCode.OK);
        Assert.Equal(["pp_fresh-campaign", "pp_new-campaign", "pp_another-campaign"], active["result"]!.Select(c => (string)c["slug"]!));
    }

    [Fact]
    public async Task A_taken_name_is_409()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.PostAsync(Campaigns, new { name = "New campaign" }), HttpStatusCode.Conflict, "conflict", "name");
    }

    [Fact]
    public async Task Programs_keep_their_own_campaigns()
    {
        var api = await server.NewSandboxAsync();
        await Expect.JsonAsync(await api.PostAsync("/affiliates/livechat/campaigns", new { name = "New campaign", trial_duration = 14 }), HttpStatusCode.Created);
    }

    /// <summary>
    /// "link - slug of Partner Program page ... (we will add https://partners.livechatinc.com/ automatically)":
    /// the reference sets no rule on its characters, so the mock keeps any link and percent-encodes it into a valid URL.
    /// </summary>
    [Fact]
    public async Task A_link_with_spaces_is_added_to_the_site_percent_encoded()
    {
        var api = await server.NewSandboxAsync();
        var created = await Expect.JsonAsync(await api.PostAsync(Campaigns, new { name = "Link campaign", link = "my page/" }), HttpStatusCode.Created);
        var url = new Uri((string)created["url"]!);
        Assert.Equal("https://partners.livechatinc.com/my%20page/", url.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public async Task Disable_then_again_is_403()
    {
        var api = await server.NewSandboxAsync();
        await Expect.JsonAsync(await api.DeleteAsync(Campaigns + "/pp_new-campaign"), HttpStatusCode.OK);
        var disabled = await Expect.JsonAsync(await api.GetAsync(Campaigns + "/disabled"), HttpStatusCode.OK);
        Assert.Contains(disabled["result"]!, c => (string?)c["slug"] == "pp_new-campaign");
        await Expect.ErrorAsync(await api.DeleteAsync(Campaigns + "/pp_new-campaign"), HttpStatusCode.Forbidden, "authorization");
    }

    [Fact]
    public async Task Leads_are_listed()
    {
        var api = await server.NewSandboxAsync();
        var leads = await Expect.JsonAsync(await api.GetAsync("/affiliates/livechat-partner-program/leads"), HttpStatusCode.OK);
        Assert.Equal(945.75m, (decimal)leads["result"]!.Single(l => (string?)l["partner_id"] == "abc")["commission"]!);
    }

    [Theory]
    [InlineData("", 2)]
    [InlineData("?date_from=2018-12-01", 1)]
    [InlineData("?date_to=2018-10-15", 1)]
    public async Task Lead_licenses_are_filtered_by_date(string query, int count)
    {
        var api = await server.NewSandboxAsync();
        var licenses = await Expect.JsonAsync(await api.GetAsync("/affiliates/livechat-partner-program/licenses" + query), HttpStatusCode.OK);
        Assert.Equal(count, licenses["result"]!.Count());
    }

    [Fact]
    public async Task Performance_filters_by_date_and_rejects_bad_ones()
    {
        var api = await server.NewSandboxAsync();
        var report = await Expect.JsonAsync(await api.GetAsync("/affiliates/livechat-partner-program/performance?date_from=2019-01-01"), HttpStatusCode.OK);
        Assert.Equal("medium", (string?)report["result"]!.Single()["medium"]);
        await Expect.ErrorAsync(await api.GetAsync("/affiliates/livechat-partner-program/performance?date_from=2019-13-01"), HttpStatusCode.BadRequest, "validation", "date_from");
    }

    [Fact]
    public async Task History_has_leads()
    {
        var api = await server.NewSandboxAsync();
        var history = await Expect.JsonAsync(await api.GetAsync("/affiliates/livechat-partner-program/history"), HttpStatusCode.OK);
        Assert.Equal(2, (int)history["result"]![0]!["leads"]!);
    }
}
