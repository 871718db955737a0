using System.Net;
using LiveChat.Partners.Mock.Tests.Infrastructure;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>Recurly tokens, subscriptions, license billing, operators, moving to the client, closing.</summary>
[Collection(MockServerCollection.Name)]
public sealed class SubscriptionTests(MockServerFixture server)
{
    private async Task<(SandboxClient Api, string LicenseId)> PartnerLicenseAsync()
    {
        var api = await server.NewSandboxAsync();
        var license = await Expect.JsonAsync(await api.PostAsync("/solutions/licenses", new { client_name = "Sub Client", client_email = "sub@client.com", payment_origin = "partner" }), HttpStatusCode.Created);
        return (api, (string)license["license"]!);
    }

    [Fact]
    public async Task The_reseller_stats_count_the_licenses_created_their_subscriptions_and_their_closing()
    {
        var api = await server.NewSandboxAsync();
        async Task<(int Trials, int TrialsCc, int Paid)> ResellerAsync()
        {
            var stats = await Expect.JsonAsync(await api.GetAsync("/stats"), HttpStatusCode.OK);
            var reseller = stats["reseller"]!;
            return ((int)reseller["trials"]!, (int)reseller["trials_cc"]!, (int)reseller["paid"]!);
        }

        var seeded = await ResellerAsync();
        Assert.Equal((177, 45, 59), seeded); // the reference's example

        var license = (string)(await Expect.JsonAsync(await api.PostAsync("/solutions/licenses", new { client_name = "Stats Client", client_email = "stats@client.com", payment_origin = "partner" }), HttpStatusCode.Created))["license"]!;
        Assert.Equal((178, 45, 59), await ResellerAsync());

        await Expect.JsonAsync(await api.PostAsync($"/resellers/licenses/{license}/subscription", new { token = await api.RecurlyTokenAsync(), plan = "team", billing_cycle = "monthly", seats = 3 }), HttpStatusCode.Created);
        Assert.Equal((177, 45, 60), await ResellerAsync());

        await Expect.JsonAsync(await api.SendJsonAsync(HttpMethod.Delete, $"/resellers/licenses/{license}/subscription", new { password = api.Password, expire = true }), HttpStatusCode.OK);
        Assert.Equal(seeded, await ResellerAsync());
    }

    [Fact]
    public async Task Recurly_issues_a_token_for_a_valid_card_without_auth()
    {
        var response = await server.Anonymous().GetAsync("/js/v1/token?" + Cards.ValidQuery());
        var token = await Expect.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(22, ((string)token["id"]!).Length);
    }

    [Theory]
    [InlineData("number", "4111111111111112", "number")]
    [InlineData("number", "4111-1111", "number")]
    [InlineData("month", "13", "month")]
    [InlineData("month", "1", "month")]
    [InlineData("year", "2001", "year")]
    [InlineData("year", "30", "year")]
    [InlineData("verification_value", "12", "verification_value")]
    [InlineData("verification_value", "12345", "verification_value")]
    [InlineData("country", "XX", "country")]
    [InlineData("key", "pk-wrong", "key")]
    [InlineData("city", null, "city")]
    [InlineData("first_name", null, "first_name")]
    public async Task Recurly_refuses_bad_card_fields(string field, string? value, string expected)
    {
        var response = await server.Anonymous().GetAsync("/js/v1/token?" + Cards.ValidQuery(f => f[field] = value));
        await Expect.ErrorAsync(response, HttpStatusCode.BadRequest, "validation", expected);
    }

    [Fact]
    public async Task Recurly_refuses_a_card_that_expired_last_month()
    {
        var lastMonth = DateTime.UtcNow.AddMonths(-1);
        var response = await server.Anonymous().GetAsync("/js/v1/token?" + Cards.ValidQuery(f =>
        {
            f["month"] = lastMonth.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            f["year"] = lastMonth.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }));
        await Expect.ErrorAsync(response, HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    public async Task Create_subscription_makes_the_license_paid_and_issues_an_invoice()
    {
        var (api, id) = await PartnerLicenseAsync();
        var token = await api.RecurlyTokenAsync();
        var license = await Expect.JsonAsync(await api.PostAsync($"/resellers/licenses/{id}/subscription", new { token, plan = "business", billing_cycle = "annual", seats = 3 }), HttpStatusCode.Created);
        Assert.True((bool)license["paid"]!);
        Assert.True((bool)license["recurly"]!["subscriber"]!);
        Assert.Equal("business", (string?)license["plan"]);
        Assert.Equal(3, (int)license["seats"]!);
        var invoices = await Expect.JsonAsync(await api.GetAsync($"/resellers/licenses/{id}/invoices"), HttpStatusCode.OK);
        var invoice = invoices["result"]!.Single();
        Assert.Equal("annual", (string?)invoice["billing_cycle"]);
        var pdf = await api.GetAsync($"/resellers/licenses/{id}/invoices/{invoice["invoice_no"]}");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
    }

    [Fact]
    public async Task A_second_subscription_is_409()
    {
        var (api, id) = await PartnerLicenseAsync();
        await Expect.JsonAsync(await api.PostAsync($"/resellers/licenses/{id}/subscription", new { token = await api.RecurlyTokenAsync(), plan = "team", billing_cycle = "monthly", seats = 2 }), HttpStatusCode.Created);
        var second = await api.RecurlyTokenAsync();
        await Expect.ErrorAsync(await api.PostAsync($"/resellers/licenses/{id}/subscription", new { token = second, plan = "team", billing_cycle = "monthly", seats = 2 }), HttpStatusCode.Conflict, "conflict");
    }

    [Fact]
    public async Task A_token_that_was_not_issued_or_is_used_is_400_and_changes_nothing()
    {
        var (api, id) = await PartnerLicenseAsync();
        await Expect.ErrorAsync(await api.PostAsync($"/resellers/licenses/{id}/subscription", new { token = "made-up", plan = "team", billing_cycle = "monthly", seats = 2 }), HttpStatusCode.BadRequest, "validation", "token");
        var details = await Expect.JsonAsync(await api.GetAsync($"/resellers/licenses/{id}"), HttpStatusCode.OK);
        Assert.False((bool)details["recurly"]!["subscriber"]!);
        var token = await api.RecurlyTokenAsync();
        await Expect.JsonAsync(await api.PutAsync($"/resellers/licenses/{id}/billing", new { token }), HttpStatusCode.OK);
        await Expect.ErrorAsync(await api.PostAsync($"/resellers/licenses/{id}/subscription", new { token, plan = "team", billing_cycle = "monthly", seats = 2 }), HttpStatusCode.BadRequest, "validation", "token");
    }

    [Fact]
    public async Task Subscription_needs_all_its_fields()
    {
        var (api, id) = await PartnerLicenseAsync();
        await Expect.ErrorAsync(await api.PostAsync($"/resellers/licenses/{id}/subscription", new { plan = "team", billing_cycle = "monthly", seats = 2 }), HttpStatusCode.BadRequest, "validation", "token");
        await Expect.ErrorAsync(await api.PostAsync($"/resellers/licenses/{id}/subscription", new { token = "t", plan = "gold", billing_cycle = "monthly", seats = 2 }), HttpStatusCode.BadRequest, "validation", "plan");
        await Expect.ErrorAsync(await api.PostAsync($"/resellers/licenses/{id}/subscription", new { token = "t", plan = "team", billing_cycle = "monthly", seats = 0 }), HttpStatusCode.BadRequest, "validation", "seats");
    }

    [Fact]
    public async Task Subscription_for_an_unknown_license_is_404()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.PostAsync("/resellers/licenses/4242/subscription", new { token = "t", plan = "team", billing_cycle = "monthly", seats = 1 }), HttpStatusCode.NotFound, "not_found");
        await Expect.ErrorAsync(await api.PutAsync("/resellers/licenses/4242/subscription", new { plan = "team", billing_cycle = "monthly", seats = 1 }), HttpStatusCode.NotFound, "not_found");
        await Expect.ErrorAsync(await api.PutAsync("/resellers/licenses/4242/billing", new { token = "t" }), HttpStatusCode.NotFound, "not_found");
        await Expect.ErrorAsync(await api.SendJsonAsync(HttpMethod.Delete, "/resellers/licenses/4242/subscription", new { password = "x" }), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Updating_a_subscription_that_does_not_exist_is_409()
    {
        var (api, id) = await PartnerLicenseAsync();
        await Expect.ErrorAsync(await api.PutAsync($"/resellers/licenses/{id}/subscription", new { plan = "team", billing_cycle = "monthly", seats = 5 }), HttpStatusCode.Conflict, "conflict");
    }

    [Fact]
    public async Task Update_subscription_changes_the_plan()
    {
        var api = await server.NewSandboxAsync();
        var license = await Expect.JsonAsync(await api.PutAsync("/resellers/licenses/124/subscription", new { plan = "starter", billing_cycle = "annual", seats = 40 }), HttpStatusCode.OK);
        Assert.Equal("starter", (string?)license["plan"]);
        Assert.Equal(40, (int)license["seats"]!);
    }

    [Fact]
    public async Task Close_with_a_wrong_password_is_403()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.SendJsonAsync(HttpMethod.Delete, "/resellers/licenses/124/subscription", new { password = "wrong" }), HttpStatusCode.Forbidden, "authorization", "password");
        var details = await Expect.JsonAsync(await api.GetAsync("/resellers/licenses/124"), HttpStatusCode.OK);
        Assert.True((bool)details["recurly"]!["subscriber"]!);
    }

    [Fact]
    public async Task Close_without_expire_keeps_the_license_until_the_end_of_the_cycle()
    {
        var api = await server.NewSandboxAsync();
        var license = await Expect.JsonAsync(await api.SendJsonAsync(HttpMethod.Delete, "/resellers/licenses/124/subscription", new { password = api.Password }), HttpStatusCode.OK);
        Assert.False((bool)license["expired"]!);
        Assert.False((bool)license["recurly"]!["recurrent"]!);
        Assert.False((bool)license["recurly"]!["subscriber"]!);
    }

    [Fact]
    public async Task Close_with_expire_expires_now()
    {
        var api = await server.NewSandboxAsync();
        var license = await Expect.JsonAsync(await api.SendJsonAsync(HttpMethod.Delete, "/resellers/licenses/124/subscription", new { password = api.Password, expire = true }), HttpStatusCode.OK);
        Assert.True((bool)license["expired"]!);
        Assert.False((bool)license["paid"]!);
    }

    [Fact]
    public async Task Close_requires_the_password()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.SendJsonAsync(HttpMethod.Delete, "/resellers/licenses/124/subscription", new { expire = true }), HttpStatusCode.BadRequest, "validation", "password");
    }

    [Fact]
    public async Task Operators_of_a_partner_managed_license()
    {
        var api = await server.NewSandboxAsync();
        var operators = await Expect.JsonAsync(await api.GetAsync("/solutions/licenses/124/operators"), HttpStatusCode.OK);
        Assert.Equal("owner", (string?)operators["result"]!.Single(o => (string?)o["login"] == "john@example.com")["permission"]);
    }

    [Fact]
    public async Task Operators_of_a_client_managed_license_are_403()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.GetAsync("/solutions/licenses/123/operators"), HttpStatusCode.Forbidden, "authorization");
        await Expect.ErrorAsync(await api.GetAsync("/solutions/licenses/999/operators"), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Move_to_the_client_needs_one_of_the_operators()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.PostAsync("/solutions/licenses/124/move", new { new_owner = "stranger@example.com" }), HttpStatusCode.BadRequest, "validation", "new_owner");
        var moved = await Expect.JsonAsync(await api.PostAsync("/solutions/licenses/124/move", new { new_owner = "jane@example.com" }), HttpStatusCode.OK);
        Assert.Equal("client", (string?)moved["payment_origin"]);
        await Expect.ErrorAsync(await api.GetAsync("/solutions/licenses/124/operators"), HttpStatusCode.Forbidden, "authorization");
        await Expect.ErrorAsync(await api.PostAsync("/solutions/licenses/124/move", new { new_owner = "jane@example.com" }), HttpStatusCode.Forbidden, "authorization");
    }
}
