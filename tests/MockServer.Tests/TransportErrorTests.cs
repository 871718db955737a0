using System.Net;
using System.Text;
using LiveChat.Partners.Mock.Tests.Infrastructure;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>Bad input of any kind gets a 4xx with the error body: 404, 405, 415, 400 (malformed JSON, wrong types), 413.</summary>
[Collection(MockServerCollection.Name)]
public sealed class TransportErrorTests(MockServerFixture server)
{
    [Fact]
    public async Task Unknown_path_is_404_with_the_error_body()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.GetAsync("/no/such/thing"), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Wrong_method_is_405_with_allow()
    {
        var api = await server.NewSandboxAsync();
        var response = await api.Http.PatchAsync("/v2/partners/tokens", SandboxClient.Json(new { label = "x" }));
        await Expect.ErrorAsync(response, HttpStatusCode.MethodNotAllowed, "method_not_allowed");
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task Wrong_media_type_is_415()
    {
        var api = await server.NewSandboxAsync();
        var response = await api.Http.PostAsync("/v2/partners/tokens", new StringContent("label=abc", Encoding.UTF8, "application/x-www-form-urlencoded"));
        await Expect.ErrorAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported_media_type", "Content-Type");
    }

    [Fact]
    public async Task Malformed_json_is_400_naming_the_body()
    {
        var api = await server.NewSandboxAsync();
        var error = await Expect.ErrorAsync(await api.PostAsync("/tokens", "{\"label\": "), HttpStatusCode.BadRequest, "validation", "body");
        Assert.StartsWith("malformed JSON", Expect.ReasonFor(error, "body"));
    }

    [Fact]
    public async Task Wrong_type_is_400_naming_the_field()
    {
        var api = await server.NewSandboxAsync();
        var error = await Expect.ErrorAsync(await api.PostAsync("/affiliates/livechat/campaigns", new { name = "Valid name", trial_duration = "thirty" }), HttpStatusCode.BadRequest, "validation", "trial_duration");
        Assert.Equal("must be an integer", Expect.ReasonFor(error, "trial_duration"));
    }

    /// <summary>
    /// The reference lists the payload fields and nothing about others; the document does not close its
    /// request schemas (x-inferred on info): a field the API does not know is ignored, not refused.
    /// </summary>
    [Fact]
    public async Task Unknown_body_property_is_ignored()
    {
        var api = await server.NewSandboxAsync();
        var token = await Expect.JsonAsync(await api.PostAsync("/tokens", new { label = "valid", color = "red" }), HttpStatusCode.Created);
        Assert.Equal("valid", (string?)token["label"]);
        Assert.Null(token["color"]);
    }

    [Fact]
    public async Task Missing_required_body_is_400()
    {
        var api = await server.NewSandboxAsync();
        var response = await api.Http.PostAsync("/v2/partners/tokens", null);
        await Expect.ErrorAsync(response, HttpStatusCode.BadRequest, "validation", "body");
    }

    [Fact]
    public async Task Oversized_body_is_413()
    {
        var api = await server.NewSandboxAsync();
        var huge = new string('a', 4 * 1024 * 1024);
        var response = await api.PostAsync("/tokens", new { label = huge });
        await Expect.ErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "entity_too_large");
    }

    [Fact]
    public async Task Bad_path_parameter_type_is_400()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.DeleteAsync("/tokens/abc"), HttpStatusCode.BadRequest, "validation", "token_id");
    }

    [Fact]
    public async Task Failed_validation_changes_nothing()
    {
        var api = await server.NewSandboxAsync();
        await api.PostAsync("/affiliates/livechat/campaigns", new { name = "Good name here", trial_duration = 99 });
        var active = await Expect.JsonAsync(await api.GetAsync("/affiliates/livechat/campaigns/active"), HttpStatusCode.OK);
        Assert.DoesNotContain(active["result"]!, c => (string?)c["name"] == "Good name here");
    }

    [Fact]
    public async Task An_integer_too_big_for_the_wire_type_is_400_not_500()
    {
        var api = await server.NewSandboxAsync();
        var response = await api.PostAsync("/affiliates/livechat/campaigns", "{\"name\":\"Big coupon\",\"trial_duration\":20,\"coupon_id\":123456789012345678901234567890}");
        await Expect.ErrorAsync(response, HttpStatusCode.BadRequest, "validation", "coupon_id");
    }

    private static HttpRequestMessage TokenRequest(byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return new HttpRequestMessage(HttpMethod.Post, "/v2/partners/tokens") { Content = content };
    }

    private static byte[] Label(params byte[] inside) => [.. "{\"label\": \"ab"u8.ToArray(), .. inside, .. "cd\"}"u8.ToArray()];

    public static TheoryData<string, byte[]> NotUtf8 => new()
    {
        { "a stray continuation byte", Label(0x80) },
        { "a lead byte without its continuation", Label(0xC3) },
        { "an overlong '/' (C0 AF)", Label(0xC0, 0xAF) },
        { "an overlong '/' in three bytes (E0 80 AF)", Label(0xE0, 0x80, 0xAF) },
        { "a lone high surrogate as raw bytes (ED A0 80)", Label(0xED, 0xA0, 0x80) },
        { "a lone low surrogate as raw bytes (ED B0 80)", Label(0xED, 0xB0, 0x80) },
        { "a code point past U+10FFFF (F4 90 80 80)", Label(0xF4, 0x90, 0x80, 0x80) },
        { "0xFF", Label(0xFF) },
        { "Latin-1 'é' (E9)", Label(0xE9) },
        { "UTF-16 with its byte order mark", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("{\"label\": \"abcd\"}")] },
    };

    [Theory]
    [MemberData(nameof(NotUtf8))]
    public async Task A_JSON_body_that_is_not_UTF8_is_400_naming_the_body(string what, byte[] body)
    {
        var api = await server.NewSandboxAsync();
        var error = await Expect.ErrorAsync(await api.Http.SendAsync(TokenRequest(body, "application/json")), HttpStatusCode.BadRequest, "validation", "body");
        Assert.True(Expect.ReasonFor(error, "body").StartsWith("is not UTF-8", StringComparison.Ordinal), $"{what}: {error}");
    }

    [Theory]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json; charset=x-no-such-charset")]
    [InlineData("application/json; charset=")]
    public async Task A_JSON_body_in_another_charset_is_415_with_the_error_body(string contentType)
    {
        var api = await server.NewSandboxAsync();
        var response = await api.Http.SendAsync(TokenRequest("{\"label\": \"charset\"}"u8.ToArray(), contentType));
        var error = await Expect.ErrorAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported_media_type", "Content-Type");
        Assert.Contains("utf-8", Expect.ReasonFor(error, "Content-Type"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/json; charset=\"utf-8\"")]
    [InlineData("application/json")]
    public async Task A_JSON_body_declared_as_UTF8_or_with_no_charset_is_accepted(string contentType)
    {
        var api = await server.NewSandboxAsync();
        await Expect.JsonAsync(await api.Http.SendAsync(TokenRequest("{\"label\": \"charset ok\"}"u8.ToArray(), contentType)), HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_UTF8_byte_order_mark_before_the_JSON_is_ignored()
    {
        var api = await server.NewSandboxAsync();
        var created = await Expect.JsonAsync(await api.Http.SendAsync(TokenRequest([0xEF, 0xBB, 0xBF, .. "{\"label\": \"with a BOM\"}"u8.ToArray()], "application/json")), HttpStatusCode.Created);
        Assert.Equal("with a BOM", (string?)created["label"]);
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udc00")]
    [InlineData("\\ud800\\ud800")]
    [InlineData("\\udc00\\ud800")]
    public async Task A_lone_surrogate_escape_is_no_server_error(string escape)
    {
        var api = await server.NewSandboxAsync();
        var response = await api.Http.SendAsync(TokenRequest(System.Text.Encoding.ASCII.GetBytes($"{{\"label\": \"ab{escape}cd\"}}"), "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}: {text}");
    }
}
