using System.Net;
using LiveChat.Partners.Mock.Tests.Infrastructure;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>Solution Partner licenses: create rules, list, details, invoices and their PDFs, history.</summary>
[Collection(MockServerCollection.Name)]
public sealed class SolutionPartnerLicenseTests(MockServerFixture server)
{
    [Fact]
    public async Task Create_defaults_data_center_to_dal_and_starts_a_trial()
    {
        var api = await server.NewSandboxAsync();
        var license = await Expect.JsonAsync(await api.PostAsync("/solutions/licenses", new { client_name = "Alice Client", client_email = "alice@client.com", payment_origin = "partner" }), HttpStatusCode.Created);
        Assert.Equal("dal", (string?)license["data_center"]);
        Assert.Matches("^[0-9]+$", (string?)license["license"]);
        Assert.True((bool)license["recurly"]!["in_trial"]!);
        Assert.False((bool)license["recurly"]!["subscriber"]!);
        Assert.Equal("", (string?)license["purchase_order"]);
    }

    [Fact]
    public async Task Client_managed_licenses_take_trial_duration_and_coupon()
    {
        var api = await server.NewSandboxAsync();
        var license = await Expect.JsonAsync(await api.PostAsync("/solutions/licenses", new { client_name = "Bob Client", client_email = "bob@client.com", payment_origin = "client", trial_duration = 30, coupon_id = 2, data_center = "fra", purchase_order = "PO-1" }), HttpStatusCode.Created);
        Assert.Equal(30, TrialDays(license));
        Assert.Equal("fra", (string?)license["data_center"]);
        Assert.Equal("client", (string?)license["payment_origin"]);
    }

    /// <summary>
    /// Reference, Create License: "`trial_duration` - optional - days of trial period (min. 14, max. 60), applied when
    /// `payment_origin="client"`", "`coupon_id` - optional - coupon id applied when `payment_origin="client"`".
    /// x-inferred (createLicense): "with `payment_origin: partner` they are accepted and not applied (the license gets
    /// the default 14-day trial and the Partner's Solution Partner discount as `discount_percent`)".
    /// </summary>
    [Fact]
    public async Task Trial_duration_and_coupon_are_not_applied_when_the_partner_pays()
    {
        var api = await server.NewSandboxAsync();
        var license = await Expect.JsonAsync(await api.PostAsync("/solutions/licenses", new { client_name = "Carl Client", client_email = "carl@client.com", payment_origin = "partner", trial_duration = 30, coupon_id = 1 }), HttpStatusCode.Created);
        Assert.Equal(14, TrialDays(license));
        Assert.Equal(20, (int)license["discount_percent"]!); // the Partner's discount, not the coupon's 30
        Assert.Equal("partner", (string?)license["payment_origin"]);
    }

    /// <summary>
    /// x-inferred (createLicense): "On a client license `discount_percent` is the coupon's percent off (`30` for "30%
    /// off first payment", `0` for a coupon of an amount such as "$25 discount")."
    /// </summary>
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 0)]
    public async Task A_client_license_gets_its_coupons_percent_off(int coupon, int percent)
    {
        var api = await server.NewSandboxAsync();
        var license = await Expect.JsonAsync(await api.PostAsync("/solutions/licenses", new { client_name = "Coupon Client", client_email = "coupon@client.com", payment_origin = "client", coupon_id = coupon }), HttpStatusCode.Created);
        Assert.Equal(percent, (int)license["discount_percent"]!);
        Assert.Equal(0m, (decimal)license["total_discount"]!);
    }

    /// <summary>
    /// Reference, Create License: "`403 - Forbidden` - `coupon_id` is incorrect". x-inferred (createLicense): "a coupon
    /// not assigned to the Partner is 403 whoever pays". Nothing is created.
    /// </summary>
    [Theory]
    [InlineData("client")]
    [InlineData("partner")]
    public async Task An_incorrect_coupon_is_403_whoever_pays(string paymentOrigin)
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.PostAsync("/solutions/licenses", new { client_name = "Dora Client", client_email = "dora@client.com", payment_origin = paymentOrigin, coupon_id = 9 }), HttpStatusCode.Forbidden, "authorization", "coupon_id");
        var list = await Expect.JsonAsync(await api.GetAsync("/resellers/licenses"), HttpStatusCode.OK);
        Assert.DoesNotContain(list["result"]!, l => (string?)l["client_email"] == "dora@client.com");
    }

    [Fact]
    public async Task A_client_email_with_a_license_is_409()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.PostAsync("/solutions/licenses", new { client_name = "Joe Again", client_email = "JOE@example.com", payment_origin = "client" }), HttpStatusCode.Conflict, "conflict", "client_email");
    }

    [Theory]
    [InlineData("client_name", "Joe")]
    [InlineData("client_email", "not-an-email")]
    [InlineData("payment_origin", "reseller")]
    [InlineData("data_center", "waw")]
    public async Task Bad_fields_are_400(string field, string value)
    {
        var api = await server.NewSandboxAsync();
        var body = new JObject { ["client_name"] = "Erin Client", ["client_email"] = "erin@client.com", ["payment_origin"] = "client" };
        body[field] = value;
        await Expect.ErrorAsync(await api.PostAsync("/solutions/licenses", body.ToString()), HttpStatusCode.BadRequest, "validation", field);
    }

    [Fact]
    public async Task The_deprecated_create_shares_state()
    {
        var api = await server.NewSandboxAsync();
        var license = await Expect.JsonAsync(await api.PostAsync("/resellers/licenses", new { client_name = "Fred Client", client_email = "fred@client.com", payment_origin = "partner" }), HttpStatusCode.Created);
        var details = await Expect.JsonAsync(await api.GetAsync($"/resellers/licenses/{license["license"]}"), HttpStatusCode.OK);
        Assert.Equal("fred@client.com", (string?)details["client_email"]);
        await Expect.ErrorAsync(await api.PostAsync("/solutions/licenses", new { client_name = "Fred Client", client_email = "fred@client.com", payment_origin = "partner" }), HttpStatusCode.Conflict, "conflict");
    }

    [Theory]
    [InlineData("", 2)]
    [InlineData("?date_from=2019-03-10", 1)]
    [InlineData("?date_to=2019-03-06", 1)]
    public async Task The_list_filters_by_date(string query, int count)
    {
        var api = await server.NewSandboxAsync();
        var list = await Expect.JsonAsync(await api.GetAsync("/resellers/licenses" + query), HttpStatusCode.OK);
        Assert.Equal(count, list["result"]!.Count());
        Assert.All(list["result"]!, l => Assert.Null(l["recurly"]));
    }

    [Fact]
    public async Task Details_of_an_unknown_license_are_404()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.GetAsync("/resellers/licenses/999"), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task A_non_numeric_license_id_is_400()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.GetAsync("/resellers/licenses/abc"), HttpStatusCode.BadRequest, "validation", "license_id");
    }

    [Fact]
    public async Task Details_carry_the_recurly_state()
    {
        var api = await server.NewSandboxAsync();
        var details = await Expect.JsonAsync(await api.GetAsync("/resellers/licenses/124"), HttpStatusCode.OK);
        Assert.True((bool)details["recurly"]!["subscriber"]!);
    }

    [Fact]
    public async Task Invoices_are_listed_and_unknown_license_is_404()
    {
        var api = await server.NewSandboxAsync();
        var invoices = await Expect.JsonAsync(await api.GetAsync("/resellers/licenses/123/invoices"), HttpStatusCode.OK);
        Assert.Equal([123L, 122L], invoices["result"]!.Select(i => (long)i["invoice_no"]!));
        await Expect.ErrorAsync(await api.GetAsync("/resellers/licenses/5/invoices"), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task The_invoice_pdf_is_a_real_pdf()
    {
        var api = await server.NewSandboxAsync();
        var response = await api.GetAsync("/resellers/licenses/123/invoices/122");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.Contains("%%EOF", System.Text.Encoding.ASCII.GetString(bytes[^32..]));
    }

    [Fact]
    public async Task An_unknown_invoice_is_404()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.GetAsync("/resellers/licenses/123/invoices/1"), HttpStatusCode.NotFound, "not_found", "invoice_no");
        await Expect.ErrorAsync(await api.GetAsync("/resellers/licenses/123/invoices/x1"), HttpStatusCode.BadRequest, "validation", "invoice_no");
    }

    [Fact]
    public async Task History_is_served()
    {
        var api = await server.NewSandboxAsync();
        var history = await Expect.JsonAsync(await api.GetAsync("/resellers/history"), HttpStatusCode.OK);
        Assert.Equal(3, history["result"]!.Count());
    }

    private static double TrialDays(JToken license) =>
        (DateTime.ParseExact((string)license["end_timestamp"]!, "yyyy-MM-dd HH:mm:ss", null) - DateTime.ParseExact((string)license["creation_timestamp"]!, "yyyy-MM-dd HH:mm:ss", null)).TotalDays;
}
