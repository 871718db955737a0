using System.Net;
using LiveChat.Partners.Mock.Tests.Infrastructure;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>
/// Who manages the subscription: one rule, used by every subscription call (create, update, close, billing,
/// operators, move), and what moving a license to the client takes with it.
/// </summary>
[Collection(MockServerCollection.Name)]
public sealed class SubscriptionManagementTests(MockServerFixture server)
{
    /// <summary>Every subscription call of the Partner, and the status it refuses a client-managed license with.</summary>
    public static TheoryData<string, HttpStatusCode, string> Calls() => new()
    {
        { "create", HttpStatusCode.Conflict, "conflict" },
        { "update", HttpStatusCode.Conflict, "conflict" },
        { "close", HttpStatusCode.Forbidden, "authorization" },
        { "billing", HttpStatusCode.BadRequest, "validation" },
        { "operators", HttpStatusCode.Forbidden, "authorization" },
        { "move", HttpStatusCode.Forbidden, "authorization" },
    };

    /// <summary>
    /// Reference, Get License Operators and Move: "only for Solution Partner's licenses where Partner manages
    /// subscription", "403 - Forbidden - subscription is not managed by the Partner". x-inferred (createLicenseSubscription):
    /// "every other subscription call follows the same rule" with the status the reference lists for it. License 123 is
    /// the seeded client-managed license; nothing about it changes.
    /// </summary>
    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Every_subscription_call_on_a_client_managed_license_is_refused(string call, HttpStatusCode status, string type)
    {
        var api = await server.NewSandboxAsync();
        var before = await Expect.JsonAsync(await api.GetAsync("/resellers/licenses/123"), HttpStatusCode.OK);

        var error = await Expect.ErrorAsync(await CallAsync(api, call, "123"), status, type, "license_id");

        Assert.Contains("subscription is not managed by the Partner", (string?)error["error"]!["message"]);
        Assert.Equal(before.ToString(), (await Expect.JsonAsync(await api.GetAsync("/resellers/licenses/123"), HttpStatusCode.OK)).ToString());
    }

    /// <summary>
    /// x-inferred (moveLicenseToClient): "From then on the client manages the subscription, and every subscription
    /// call of the Partner is refused" - the same answers as for a license the client managed from the start.
    /// </summary>
    [Theory]
    [MemberData(nameof(Calls))]
    public async Task After_a_move_every_subscription_call_is_refused(string call, HttpStatusCode status, string type)
    {
        var api = await server.NewSandboxAsync();
        await Expect.JsonAsync(await api.PostAsync("/solutions/licenses/124/move", new { new_owner = "john@example.com" }), HttpStatusCode.OK);

        await Expect.ErrorAsync(await CallAsync(api, call, "124"), status, type, "license_id");
    }

    /// <summary>
    /// Reference, the response example of Move License Subscription Management to the Client: <c>"cc_added": false</c>,
    /// <c>"discount_percent": 0</c>, <c>"paid": true</c>, no <c>recurly</c>. x-inferred (moveLicenseToClient): "the
    /// license shows no card, no Partner subscription (`recurly.subscriber: false` in its details) and no discount,
    /// and keeps what is paid".
    /// </summary>
    [Fact]
    public async Task Moving_to_the_client_takes_the_card_subscription_and_discount_with_it()
    {
        var api = await server.NewSandboxAsync();
        var before = await Expect.JsonAsync(await api.GetAsync("/resellers/licenses/124"), HttpStatusCode.OK);
        Assert.True((bool)before["cc_added"]!);
        Assert.True((bool)before["recurly"]!["subscriber"]!);

        var moved = await Expect.JsonAsync(await api.PostAsync("/solutions/licenses/124/move", new { new_owner = "john@example.com" }), HttpStatusCode.OK);
        Assert.Equal("client", (string?)moved["payment_origin"]);
        Assert.False((bool)moved["cc_added"]!);
        Assert.Equal(0, (int)moved["discount_percent"]!);
        Assert.True((bool)moved["paid"]!);
        Assert.Equal((string?)before["end_timestamp"], (string?)moved["end_timestamp"]);
        Assert.Null(moved["recurly"]);

        var details = await Expect.JsonAsync(await api.GetAsync("/resellers/licenses/124"), HttpStatusCode.OK);
        Assert.False((bool)details["cc_added"]!);
        Assert.False((bool)details["recurly"]!["subscriber"]!);
        Assert.False((bool)details["recurly"]!["recurrent"]!);
    }

    /// <summary>
    /// x-inferred (closeLicenseSubscription): "On a license the Partner manages that has no subscription (a trial, or
    /// one closed before) closing succeeds and changes nothing but what `expire` asks: a `DELETE` is idempotent".
    /// </summary>
    [Fact]
    public async Task Closing_a_partner_license_without_a_subscription_succeeds_and_changes_only_what_expire_asks()
    {
        var api = await server.NewSandboxAsync();
        var first = await Expect.JsonAsync(await api.SendJsonAsync(HttpMethod.Delete, "/resellers/licenses/124/subscription", new { password = api.Password }), HttpStatusCode.OK);
        var second = await Expect.JsonAsync(await api.SendJsonAsync(HttpMethod.Delete, "/resellers/licenses/124/subscription", new { password = api.Password }), HttpStatusCode.OK);
        Assert.Equal(first.ToString(), second.ToString());
        Assert.False((bool)second["expired"]!);

        var expired = await Expect.JsonAsync(await api.SendJsonAsync(HttpMethod.Delete, "/resellers/licenses/124/subscription", new { password = api.Password, expire = true }), HttpStatusCode.OK);
        Assert.True((bool)expired["expired"]!);
        await Expect.ErrorAsync(await api.SendJsonAsync(HttpMethod.Delete, "/resellers/licenses/124/subscription", new { password = "wrong" }), HttpStatusCode.Forbidden, "authorization", "password");
    }

    /// <summary>
    /// x-inferred (updateLicenseBilling): "The card is the license's, with or without a subscription: on a trial it
    /// sets `cc_added` (the reference counts active trials with a card, `trials_cc`)."
    /// </summary>
    [Fact]
    public async Task Billing_on_a_partner_trial_adds_the_card_and_counts_it_in_trials_cc()
    {
        var api = await server.NewSandboxAsync();
        var license = await Expect.JsonAsync(await api.PostAsync("/solutions/licenses", new { client_name = "Card Client", client_email = "card@client.com", payment_origin = "partner" }), HttpStatusCode.Created);
        Assert.False((bool)license["cc_added"]!);
        var trialsCc = (int)(await Expect.JsonAsync(await api.GetAsync("/stats"), HttpStatusCode.OK))["reseller"]!["trials_cc"]!;

        await Expect.JsonAsync(await api.PutAsync($"/resellers/licenses/{license["license"]}/billing", new { token = await api.RecurlyTokenAsync() }), HttpStatusCode.OK);

        var details = await Expect.JsonAsync(await api.GetAsync($"/resellers/licenses/{license["license"]}"), HttpStatusCode.OK);
        Assert.True((bool)details["cc_added"]!);
        Assert.False((bool)details["recurly"]!["subscriber"]!);
        Assert.Equal(trialsCc + 1, (int)(await Expect.JsonAsync(await api.GetAsync("/stats"), HttpStatusCode.OK))["reseller"]!["trials_cc"]!);
    }

    /// <summary>
    /// Reference, Get Licenses Invoice List example: team, 10 seats, monthly, <c>"amount": 312</c>; the profile's
    /// <c>reseller.current_discount.percent</c> is 20. x-inferred (createLicenseSubscription): "the plan's list price per
    /// seat and month (starter 19, team 39, business 59 US dollars; annual is 12 months) less the Partner's Solution
    /// Partner discount, which becomes the license's `discount_percent` and adds to its `total_discount`".
    /// </summary>
    [Fact]
    public async Task A_subscription_is_billed_at_list_price_less_the_partner_discount_shown_on_the_license()
    {
        var api = await server.NewSandboxAsync();
        var created = await Expect.JsonAsync(await api.PostAsync("/solutions/licenses", new { client_name = "Price Client", client_email = "price@client.com", payment_origin = "partner" }), HttpStatusCode.Created);
        var id = (string)created["license"]!;

        var license = await Expect.JsonAsync(await api.PostAsync($"/resellers/licenses/{id}/subscription", new { token = await api.RecurlyTokenAsync(), plan = "team", billing_cycle = "monthly", seats = 10 }), HttpStatusCode.Created);

        var invoice = (await Expect.JsonAsync(await api.GetAsync($"/resellers/licenses/{id}/invoices"), HttpStatusCode.OK))["result"]!.Single();
        Assert.Equal(312m, (decimal)invoice["amount"]!);
        Assert.Equal(20, (int)license["discount_percent"]!);
        Assert.Equal(78m, (decimal)license["total_discount"]!);
    }

    /// <summary>
    /// The seeded Partner-managed license 124 follows the same rule: two invoices of 312 (10 team seats at 39, less
    /// 20%) make <c>total_discount</c> 156 next to <c>discount_percent</c> 20 (x-inferred, createLicenseSubscription).
    /// </summary>
    [Fact]
    public async Task The_seeded_partner_license_shows_the_discount_its_invoices_received()
    {
        var api = await server.NewSandboxAsync();
        var license = await Expect.JsonAsync(await api.GetAsync("/resellers/licenses/124"), HttpStatusCode.OK);
        var invoices = (await Expect.JsonAsync(await api.GetAsync("/resellers/licenses/124/invoices"), HttpStatusCode.OK))["result"]!;
        Assert.Equal(20, (int)license["discount_percent"]!);
        Assert.Equal(invoices.Sum(i => (10 * 39m) - (decimal)i["amount"]!), (decimal)license["total_discount"]!);
    }

    private static async Task<HttpResponseMessage> CallAsync(SandboxClient api, string call, string id) => call switch
    {
        "create" => await api.PostAsync($"/resellers/licenses/{id}/subscription", new { token = await api.RecurlyTokenAsync(), plan = "team", billing_cycle = "monthly", seats = 1 }),
        "update" => await api.PutAsync($"/resellers/licenses/{id}/subscription", new { plan = "team", billing_cycle = "monthly", seats = 1 }),
        "close" => await api.SendJsonAsync(HttpMethod.Delete, $"/resellers/licenses/{id}/subscription", new { password = api.Password, expire = true }),
        "billing" => await api.PutAsync($"/resellers/licenses/{id}/billing", new { token = await api.RecurlyTokenAsync() }),
        "operators" => await api.GetAsync($"/solutions/licenses/{id}/operators"),
        "move" => await api.PostAsync($"/solutions/licenses/{id}/move", new { new_owner = "joe@example.com" }),
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, "unknown subscription call"),
    };
}
