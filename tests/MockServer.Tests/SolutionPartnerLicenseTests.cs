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
        var created = DateTime.ParseExact((string)license["creation_timestamp"]!, "yyyy-MM-dd HH:mm:ss", null);
        var ends = DateTime.ParseExact((string)license["end_timestamp"]!, "yyyy-MM-dd HH:mm:ss", null);
        Assert.Equal(30, (ends - created).TotalDays);
        Assert.Equal("fra", (string?)license["data_center"]);
        Assert.Equal("client", (string?)license["payment_origin"]);
    }

    [Theory]
    [InlineData("trial_duration")]
    [InlineData("coupon_id")]
    public async Task Trial_and_coupon_only_apply_when_the_client_pays(string field)
    {
        var api = await server.NewSandboxAsync();
        var body = new JObject { ["client_name"] = "Carl Client", ["client_email"] = "carl@client.com", ["payment_origin"] = "partner", [field] = field == "coupon_id" ? 1 : 20 };
        await Expect.ErrorAsync(await api.PostAsync("/solutions/licenses", body.ToString()), HttpStatusCode.BadRequest, "validation", field);
        var list = await Expect.JsonAsync(await api.GetAsync("/resellers/licenses"), HttpStatusCode.OK);
        Assert.DoesNotContain(list["result"]!, l => (string?)l["client_email"] == "carl@client.com");
    }

    [Fact]
    public async Task A_client_email_with_a_license_is_409()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.PostAsync("/solutions/licenses", new { client_name = "Joe Again", client_email = "JOE@example.com", payment_origin = "client" }), HttpStatusCode.Conflict, "conflict", "client_email");
    }

    [Fact]
    public async Task A_foreign_coupon_is_403()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.PostAsync("/solutions/licenses", new { client_name = "Dora Client", client_email = "dora@client.com", payment_origin = "client", coupon_id = 9 }), HttpStatusCode.Forbidden, "authorization", "coupon_id");
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
}
