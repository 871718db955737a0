using System.Net;
using System.Text;
using LiveChat.Partners.Mock.Tests.Infrastructure;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>
/// The admin API is validated against <c>openapi/mock-admin.yaml</c> by the Partner API's validator, and answers
/// refusals with the Partner API's error body (<c>{"error": {"type", "message", "fields": [{"name", "reason"}]}}</c>).
/// </summary>
[Collection(MockServerCollection.Name)]
public sealed class AdminValidationTests(MockServerFixture server)
{
    /// <summary>Each schema rule of the admin document, refused with the field it names.</summary>
    [Theory]
    [InlineData("/faults", """{"path": "/v2/partners/coupons", "status": 503, "count": 0}""", "count")]
    [InlineData("/faults", """{"path": "/v2/partners/coupons", "delay_ms": 60001}""", "delay_ms")]
    [InlineData("/faults", """{"path": "/v2/partners/coupons", "status": 429, "retry_after": -1}""", "retry_after")]
    [InlineData("/faults", """{"path": "/v2/partners/coupons", "status": "503"}""", "status")]
    [InlineData("/faults", """{"status": 503}""", "path")]
    [InlineData("/faults", """{"path": "/v2/partners/coupons", "status": 503, "count": 3000000000}""", "count")]
    [InlineData("/balance", """{"balance": "lots"}""", "balance")]
    [InlineData("/balance", """{"balance": 2000000000}""", "balance")]
    [InlineData("/expert", """{}""", "status")]
    [InlineData("/licenses/123", """{"paid": "yes"}""", "paid")]
    public async Task An_admin_body_that_breaks_the_admin_document_is_400_naming_the_field(string path, string body, string field)
    {
        var api = await server.NewSandboxAsync();
        var method = path switch
        {
            "/faults" => HttpMethod.Post,
            "/licenses/123" => HttpMethod.Patch,
            _ => HttpMethod.Put,
        };

        await Expect.ErrorAsync(await api.AdminAsync(method, path, body), HttpStatusCode.BadRequest, "validation", field);

        Assert.Empty((await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Get, "/faults"), HttpStatusCode.OK))["result"]!);
    }

    /// <summary>A body of another media type than the document's is the Partner API's 415, with its error body.</summary>
    [Fact]
    public async Task An_admin_body_that_is_not_json_is_415()
    {
        var api = await server.NewSandboxAsync();
        var request = new HttpRequestMessage(HttpMethod.Put, $"/_mock/sandboxes/{api.PartnerId}/balance") { Content = new StringContent("balance=10", Encoding.UTF8, "application/x-www-form-urlencoded") };

        await Expect.ErrorAsync(await server.Anonymous().SendAsync(request), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type", "Content-Type");
    }

    /// <summary>The same refusal has the same body on both APIs: a missing required field, on the Partner API and on the admin API.</summary>
    [Fact]
    public async Task Admin_and_partner_api_refusals_share_one_error_body()
    {
        var api = await server.NewSandboxAsync();
        var partner = await Expect.ErrorAsync(await api.PostAsync("/tokens", new { }), HttpStatusCode.BadRequest, "validation", "label");
        var admin = await Expect.ErrorAsync(await api.AdminAsync(HttpMethod.Put, "/balance", new { }), HttpStatusCode.BadRequest, "validation", "balance");

        Assert.Equal(Shape(partner), Shape(admin));
        Assert.Equal(Expect.ReasonFor(partner, "label"), Expect.ReasonFor(admin, "balance"));
    }

    /// <summary>A method the admin document does not give a path is 405; a path it does not have is 404.</summary>
    [Fact]
    public async Task An_admin_call_the_document_does_not_describe_is_405_or_404()
    {
        await Expect.ErrorAsync(await server.Anonymous().PutAsync("/_mock/sandboxes", SandboxClient.Json(new { })), HttpStatusCode.MethodNotAllowed, "method_not_allowed");
        await Expect.ErrorAsync(await server.Anonymous().GetAsync("/_mock/sandboxes/x/nothing-here"), HttpStatusCode.NotFound, "not_found");
    }

    private static string Shape(JObject error) =>
        string.Join(",", ((JObject)error["error"]!).Properties().Select(p => p.Name)) + "|" +
        string.Join(",", ((JObject)error["error"]!["fields"]![0]!).Properties().Select(p => p.Name));
}
