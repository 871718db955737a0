using LiveChat.Partners.TestSupport;
using System.Net;
using System.Net.Http.Headers;
using LiveChat.Partners.Mock.Tests.Infrastructure;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>Bearer auth: 401 for missing, malformed, unknown or revoked tokens; public operations need none.</summary>
[Collection(MockServerCollection.Name)]
public sealed class AuthenticationTests(MockServerFixture server)
{
    [Fact]
    public async Task Missing_authorization_header_is_401()
    {
        var response = await server.Anonymous().GetAsync("/v2/partners");
        await Expect.ErrorAsync(response, HttpStatusCode.Unauthorized, "authentication", "Authorization");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Malformed_authorization_header_is_401()
    {
        var client = server.Anonymous();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Token abc");
        var error = await Expect.ErrorAsync(await client.GetAsync("/v2/partners/earnings"), HttpStatusCode.Unauthorized, "authentication");
        Assert.Contains("malformed", (string)error["error"]!["message"]!);
    }

    [Fact]
    public async Task Unknown_token_is_401()
    {
        var client = server.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-real-token");
        await Expect.ErrorAsync(await client.GetAsync("/v2/partners/coupons"), HttpStatusCode.Unauthorized, "authentication");
    }

    [Fact]
    public async Task Status_is_public()
    {
        var body = await Expect.JsonAsync(await server.Anonymous().GetAsync("/v2/partners/status"), HttpStatusCode.OK);
        Assert.Equal("ok", (string?)body["status"]);
    }

    [Theory]
    [InlineData("/v2/partners/data/countries", "PL")]
    [InlineData("/v2/partners/data/categories/expert", "outsourcing-customer-service")]
    [InlineData("/v2/partners/data/languages", "EN")]
    public async Task Data_lookups_are_public(string path, string code)
    {
        var body = await Expect.JsonAsync(await server.Anonymous().GetAsync(path), HttpStatusCode.OK);
        Assert.Contains(body["result"]!, c => (string?)c["code"] == code);
    }

    [Fact]
    public async Task Logo_upload_without_token_is_403_as_documented()
    {
        var content = new ByteArrayContent(TestImages.Png(400, 400));
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var response = await server.Anonymous().PostAsync("/v2/partners/experts/profile/logo", content);
        await Expect.ErrorAsync(response, HttpStatusCode.Forbidden, "authorization");
    }

    [Fact]
    public async Task The_default_sandbox_answers_to_the_configured_token()
    {
        var client = server.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "fixture-default-token");
        var profile = await Expect.JsonAsync(await client.GetAsync("/v2/partners"), HttpStatusCode.OK);
        Assert.Equal("xyz", (string?)profile["partner_id"]);
    }
}
