using System.Globalization;
using System.Net;
using LiveChat.Partners.Mock.Tests.Infrastructure;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>
/// A clock per sandbox (<c>/_mock/sandboxes/{partner_id}/clock</c>): set and advanced through the admin API, new
/// objects take its time, trials expire and leave <c>/stats</c>, renewing subscriptions are invoiced, pending
/// withdrawals are paid, and other sandboxes keep their own time.
/// </summary>
[Collection(MockServerCollection.Name)]
public sealed class SandboxClockTests(MockServerFixture server)
{
    private const string Start = "2030-01-15 10:20:30";

    private static DateTime Wire(JToken? value) =>
        DateTime.ParseExact((string)value!, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static async Task<SandboxClient> AtStartAsync(SandboxClient api)
    {
        var set = await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Put, "/clock", new { now = Start }), HttpStatusCode.OK);
        Assert.Equal(Start, (string?)set["now"]);
        return api;
    }

    private static async Task<DateTime> AdvanceAsync(SandboxClient api, TimeSpan by)
    {
        var advanced = await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Post, "/clock/advance", new { seconds = (long)by.TotalSeconds }), HttpStatusCode.OK);
        return Wire(advanced["now"]);
    }

    [Fact]
    public async Task A_new_sandbox_runs_on_the_servers_time()
    {
        var api = await server.NewSandboxAsync();
        var now = Wire((await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Get, "/clock"), HttpStatusCode.OK))["now"]);
        Assert.InRange(now, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task New_objects_and_the_journal_take_the_sandboxs_time_and_other_sandboxes_keep_theirs()
    {
        var api = await AtStartAsync(await server.NewSandboxAsync());
        var other = await server.NewSandboxAsync();
        var campaign = await Expect.JsonAsync(await api.PostAsync("/affiliates/livechat/campaigns", new { name = "Clocked", trial_duration = 20 }), HttpStatusCode.Created);
        Assert.InRange(Wire(campaign["creation_timestamp"]), Wire(Start), Wire(Start).AddMinutes(1));
        var journal = await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Get, "/journal"), HttpStatusCode.OK);
        Assert.StartsWith("2030-01-15", (string?)journal["result"]!.Last()["timestamp"]);

        var elsewhere = await Expect.JsonAsync(await other.PostAsync("/affiliates/livechat/campaigns", new { name = "Unclocked", trial_duration = 20 }), HttpStatusCode.Created);
        Assert.InRange(Wire(elsewhere["creation_timestamp"]), DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task Advancing_moves_the_clock_by_the_seconds_given()
    {
        var api = await AtStartAsync(await server.NewSandboxAsync());
        var now = await AdvanceAsync(api, TimeSpan.FromDays(31));
        Assert.InRange(now, Wire(Start).AddDays(31), Wire(Start).AddDays(31).AddMinutes(1));
    }

    [Fact]
    public async Task The_clock_does_not_go_back_and_refuses_what_is_not_a_time()
    {
        var api = await AtStartAsync(await server.NewSandboxAsync());
        await Expect.ErrorAsync(await api.AdminAsync(HttpMethod.Put, "/clock", new { now = "2029-12-31 23:59:59" }), HttpStatusCode.Conflict, "conflict", "now");
        await Expect.ErrorAsync(await api.AdminAsync(HttpMethod.Put, "/clock", new { now = "2030-01-15T10:20:30Z" }), HttpStatusCode.BadRequest, "validation", "now");
        await Expect.ErrorAsync(await api.AdminAsync(HttpMethod.Put, "/clock", new { now = "2030-13-45 10:20:30" }), HttpStatusCode.BadRequest, "validation", "now");
        await Expect.ErrorAsync(await api.AdminAsync(HttpMethod.Post, "/clock/advance", new { seconds = 0 }), HttpStatusCode.BadRequest, "validation", "seconds");
        await Expect.ErrorAsync(await api.AdminAsync(HttpMethod.Post, "/clock/advance", new { seconds = -60 }), HttpStatusCode.BadRequest, "validation", "seconds");
        await Expect.ErrorAsync(await server.Anonymous().GetAsync("/_mock/sandboxes/nosuchsandbox/clock"), HttpStatusCode.NotFound, "not_found", "partner_id");
    }

    [Fact]
    public async Task A_trial_expires_when_its_end_timestamp_passes_and_leaves_the_stats()
    {
        var api = await AtStartAsync(await server.NewSandboxAsync());
        var license = await Expect.JsonAsync(await api.PostAsync("/solutions/licenses", new { client_name = "Trial Client", client_email = "trial@client.com", payment_origin = "client", trial_duration = 20 }), HttpStatusCode.Created);
        var id = (string)license["license"]!;
        Assert.False((bool)license["expired"]!);
        var trials = (int)(await Expect.JsonAsync(await api.GetAsync("/stats"), HttpStatusCode.OK))["reseller"]!["trials"]!;

        await AdvanceAsync(api, TimeSpan.FromDays(19));
        Assert.False((bool)(await Expect.JsonAsync(await api.GetAsync($"/resellers/licenses/{id}"), HttpStatusCode.OK))["expired"]!);

        await AdvanceAsync(api, TimeSpan.FromDays(2));
        var ended = await Expect.JsonAsync(await api.GetAsync($"/resellers/licenses/{id}"), HttpStatusCode.OK);
        Assert.True((bool)ended["expired"]!);
        Assert.Equal(trials - 1, (int)(await Expect.JsonAsync(await api.GetAsync("/stats"), HttpStatusCode.OK))["reseller"]!["trials"]!);
    }

    [Fact]
    public async Task A_renewing_subscription_is_invoiced_each_month_and_one_closed_at_the_end_of_its_cycle_expires()
    {
        var api = await AtStartAsync(await server.NewSandboxAsync());
        var id = (string)(await Expect.JsonAsync(await api.PostAsync("/solutions/licenses", new { client_name = "Renew Client", client_email = "renew@client.com", payment_origin = "partner" }), HttpStatusCode.Created))["license"]!;
        var subscribed = await Expect.JsonAsync(await api.PostAsync($"/resellers/licenses/{id}/subscription", new { token = await api.RecurlyTokenAsync(), plan = "team", billing_cycle = "monthly", seats = 3 }), HttpStatusCode.Created);
        var firstEnd = Wire(subscribed["end_timestamp"]);
        async Task<int> InvoicesAsync() => ((JArray)(await Expect.JsonAsync(await api.GetAsync($"/resellers/licenses/{id}/invoices"), HttpStatusCode.OK))["result"]!).Count;
        Assert.Equal(1, await InvoicesAsync());

        await AdvanceAsync(api, TimeSpan.FromDays(45)); // one period began: 2030-02-15
        Assert.Equal(2, await InvoicesAsync());
        var renewed = await Expect.JsonAsync(await api.GetAsync($"/resellers/licenses/{id}"), HttpStatusCode.OK);
        Assert.Equal(firstEnd.AddMonths(1), Wire(renewed["end_timestamp"]));
        Assert.False((bool)renewed["expired"]!);

        await Expect.JsonAsync(await api.SendJsonAsync(HttpMethod.Delete, $"/resellers/licenses/{id}/subscription", new { password = api.Password }), HttpStatusCode.OK);
        await AdvanceAsync(api, TimeSpan.FromDays(31));
        var closed = await Expect.JsonAsync(await api.GetAsync($"/resellers/licenses/{id}"), HttpStatusCode.OK);
        Assert.True((bool)closed["expired"]!);
        Assert.Equal(2, await InvoicesAsync());
    }

    [Fact]
    public async Task A_pending_withdrawal_is_paid_a_day_after_its_request()
    {
        var api = await AtStartAsync(await server.NewSandboxAsync());
        await Expect.JsonAsync(await api.PutAsync("/affiliates/billing", new { type = "individual", company = "Joe Doe", address = "Street 1", city = "Town", country = "US", paypal = "joe@example.com" }), HttpStatusCode.OK);
        var requested = await Expect.JsonAsync(await api.Http.PostAsync("/v2/partners/affiliates/withdrawals", null), HttpStatusCode.Created);
        Assert.Equal("pending", (string?)requested["status"]);
        var earnings = await Expect.JsonAsync(await api.GetAsync("/earnings"), HttpStatusCode.OK);
        Assert.Equal(200m, (decimal)earnings["pending"]!);

        await AdvanceAsync(api, TimeSpan.FromHours(25));
        var list = await Expect.JsonAsync(await api.GetAsync("/affiliates/withdrawals"), HttpStatusCode.OK);
        var paid = list["result"]!.Single(w => (long)w["withdrawal_id"]! == (long)requested["withdrawal_id"]!);
        Assert.Equal("paid", (string?)paid["status"]);
        Assert.Equal(Wire(requested["request_timestamp"]).AddDays(1), Wire(paid["action_timestamp"]));
        var after = await Expect.JsonAsync(await api.GetAsync("/earnings"), HttpStatusCode.OK);
        Assert.Equal(0m, (decimal)after["pending"]!);
        Assert.Equal((decimal)earnings["withdrawals"]! + 200m, (decimal)after["withdrawals"]!);
    }

    [Fact]
    public async Task Reset_restarts_the_clock_on_the_servers_time()
    {
        var api = await AtStartAsync(await server.NewSandboxAsync());
        await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Post, "/reset"), HttpStatusCode.OK);
        var now = Wire((await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Get, "/clock"), HttpStatusCode.OK))["now"]);
        Assert.InRange(now, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
    }
}
