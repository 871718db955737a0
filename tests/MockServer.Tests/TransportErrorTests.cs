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
}
