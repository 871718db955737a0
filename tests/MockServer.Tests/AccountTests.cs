using System.Net;
using LiveChat.Partners.Mock.Tests.Infrastructure;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>Profile, password, active licenses, earnings, billing and coupons.</summary>
[Collection(MockServerCollection.Name)]
public sealed class AccountTests(MockServerFixture server)
{
    private static readonly object ValidProfile = new { first_name = "Ann", last_name = "Lee", contact_name = "Ann Lee", contact_email = "ann@example.com", send_newsletter = false };

    [Fact]
    public async Task Profile_is_seeded_from_the_reference()
    {
        var api = await server.NewSandboxAsync();
        var profile = await Expect.JsonAsync(await api.GetAsync(string.Empty), HttpStatusCode.OK);
        Assert.Equal(api.PartnerId, (string?)profile["partner_id"]);
        Assert.Equal("Joe", (string?)profile["first_name"]);
        Assert.Equal(20, (int)profile["affiliate"]!["livechat"]!["current_commission"]!["percent"]!);
        Assert.Contains($"a={api.PartnerId}", (string?)profile["affiliate"]!["livechat"]!["url"]);
        Assert.Null(profile["expert"]);
    }

    [Fact]
    public async Task Update_profile_changes_it()
    {
        var api = await server.NewSandboxAsync();
        var updated = await Expect.JsonAsync(await api.PutAsync(string.Empty, ValidProfile), HttpStatusCode.OK);
        Assert.Equal("Ann", (string?)updated["first_name"]);
        var profile = await Expect.JsonAsync(await api.GetAsync(string.Empty), HttpStatusCode.OK);
        Assert.Equal("ann@example.com", (string?)profile["contact_email"]);
        Assert.False((bool)profile["send_newsletter"]!);
        Assert.True((bool)profile["send_notifications"]!);
    }

    [Fact]
    public async Task Update_profile_without_a_required_field_is_400()
    {
        var api = await server.NewSandboxAsync();
        var error = await Expect.ErrorAsync(await api.PutAsync(string.Empty, new { first_name = "Ann", last_name = "Lee", contact_name = "Ann" }), HttpStatusCode.BadRequest, "validation", "contact_email");
        Assert.Equal("is required", Expect.ReasonFor(error, "contact_email"));
    }

    [Fact]
    public async Task Update_profile_with_a_bad_email_is_400()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.PutAsync(string.Empty, new { first_name = "Ann", last_name = "Lee", contact_name = "Ann", contact_email = "nope" }), HttpStatusCode.BadRequest, "validation", "contact_email");
    }

    [Fact]
    public async Task Change_password_with_a_wrong_current_password_is_403()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.PutAsync("/password", new { current_password = "wrong!", new_password = "secret123" }), HttpStatusCode.Forbidden, "authorization", "current_password");
    }

    [Fact]
    public async Task Change_password_to_fewer_than_6_characters_is_400()
    {
        var api = await server.NewSandboxAsync();
        var error = await Expect.ErrorAsync(await api.PutAsync("/password", new { current_password = api.Password, new_password = "abc" }), HttpStatusCode.BadRequest, "validation", "new_password");
        Assert.Equal("must be at least 6 characters", Expect.ReasonFor(error, "new_password"));
    }

    [Fact]
    public async Task Change_password_then_the_old_one_is_refused()
    {
        var api = await server.NewSandboxAsync();
        var ok = await Expect.JsonAsync(await api.PutAsync("/password", new { current_password = api.Password, new_password = "brand-new" }), HttpStatusCode.OK);
        Assert.True((bool)ok["success"]!);
        await Expect.ErrorAsync(await api.PutAsync("/password", new { current_password = api.Password, new_password = "another1" }), HttpStatusCode.Forbidden, "authorization");
        await Expect.JsonAsync(await api.PutAsync("/password", new { current_password = "brand-new", new_password = "another1" }), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Stats_and_the_deprecated_active_licenses_answer_the_same()
    {
        var api = await server.NewSandboxAsync();
        var stats = await Expect.JsonAsync(await api.GetAsync("/stats"), HttpStatusCode.OK);
        var deprecated = await Expect.JsonAsync(await api.GetAsync("/active-licenses"), HttpStatusCode.OK);
        Assert.True(JToken.DeepEquals(stats, deprecated));
        Assert.Equal(231, (int)stats["affiliate"]!["livechat"]!["trials"]!);
    }

    [Fact]
    public async Task Earnings_start_with_a_balance_of_200()
    {
        var api = await server.NewSandboxAsync();
        var earnings = await Expect.JsonAsync(await api.GetAsync("/earnings"), HttpStatusCode.OK);
        Assert.Equal(200m, (decimal)earnings["balance"]!);
        Assert.Equal(0m, (decimal)earnings["pending"]!);
    }

    [Fact]
    public async Task Billing_is_empty_until_it_is_set()
    {
        var api = await server.NewSandboxAsync();
        var billing = await Expect.JsonAsync(await api.GetAsync("/affiliates/billing"), HttpStatusCode.OK);
        Assert.Empty((JObject)billing);
        var body = new { type = "business", company = "Awesome Company", address = "Wall Street 123", city = "New York", country = "US", paypal = "paypal@email.com", zip_code = "10005" };
        await Expect.JsonAsync(await api.PutAsync("/affiliates/billing", body), HttpStatusCode.OK);
        billing = await Expect.JsonAsync(await api.GetAsync("/affiliates/billing"), HttpStatusCode.OK);
        Assert.Equal("Awesome Company", (string?)billing["company"]);
        Assert.Equal("business", (string?)billing["type"]);
    }

    [Theory]
    [InlineData("type", "partnership", "type")]
    [InlineData("country", "usa", "country")]
    [InlineData("country", "QQ", "country")]
    [InlineData("paypal", "not-an-email", "paypal")]
    public async Task Update_billing_with_a_bad_field_is_400(string property, string value, string field)
    {
        var api = await server.NewSandboxAsync();
        var body = new JObject { ["type"] = "individual", ["company"] = "Joe Doe", ["address"] = "Street 1", ["city"] = "Town", ["country"] = "PL", ["paypal"] = "joe@example.com" };
        body[property] = value;
        await Expect.ErrorAsync(await api.PutAsync("/affiliates/billing", body.ToString()), HttpStatusCode.BadRequest, "validation", field);
        Assert.Empty((JObject)await Expect.JsonAsync(await api.GetAsync("/affiliates/billing"), HttpStatusCode.OK));
    }

    [Fact]
    public async Task Coupons_are_1_and_2()
    {
        var api = await server.NewSandboxAsync();
        var coupons = await Expect.JsonAsync(await api.GetAsync("/coupons"), HttpStatusCode.OK);
        Assert.Equal([1L, 2L], coupons["result"]!.Select(c => (long)c["id"]!));
    }
}
