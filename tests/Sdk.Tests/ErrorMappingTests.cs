using System.Net;

namespace LiveChat.Partners.Tests;

/// <summary>Every documented 4xx/5xx surfaces as <see cref="LiveChatPartnersApiException"/> with the error body's parts.</summary>
public class ErrorMappingTests
{
    public static TheoryData<int, string> DocumentedStatuses => new()
    {
        { 400, "validation" },
        { 401, "authentication" },
        { 403, "authorization" },
        { 404, "not_found" },
        { 405, "method_not_allowed" },
        { 409, "conflict" },
        { 413, "entity_too_large" },
        { 415, "unsupported_media_type" },
        { 429, "too_many_requests" },
        { 500, "internal" },
        { 502, "service_unavailable" },
        { 503, "service_unavailable" },
        { 504, "service_unavailable" },
    };

    [Theory]
    [MemberData(nameof(DocumentedStatuses))]
    public async Task Each_documented_status_maps_to_the_sdk_exception(int status, string type)
    {
        var stub = new StubHandler { Default = _ => StubHandler.Json((HttpStatusCode)status, $$$"""{"error":{"type":"{{{type}}}","message":"something {{{type}}}"}}""") };
        using var client = TestClients.Create(stub, configure: o => o.Retry.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<LiveChatPartnersApiException>(() => client.Tokens.GetAsync());

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(status, error.ResponseStatusCode);
        Assert.Equal(type, error.ErrorType);
        Assert.Equal($"something {type}", error.ErrorMessage);
        Assert.Contains($"{status}", error.Message);
        Assert.Contains($"something {type}", error.Message);
        Assert.Equal("GET", error.RequestMethod);
    }

    [Fact]
    public async Task Validation_error_carries_the_offending_fields()
    {
        var stub = new StubHandler().Then(HttpStatusCode.BadRequest,
            """{"error":{"type":"validation","message":"name: must be at least 5 characters","fields":[{"name":"name","reason":"must be at least 5 characters"},{"name":"trial_duration","reason":"must be between 14 and 60"}]}}""");
        using var client = TestClients.Create(stub);

        var error = await Assert.ThrowsAsync<LiveChatPartnersApiException>(() =>
            client.Affiliates.Livechat.Campaigns.PostAsync(new Models.CreateLiveChatCampaignRequest { Name = "abc", TrialDuration = 7 }));

        Assert.True(error.IsValidationError);
        Assert.Equal(["name", "trial_duration"], error.Fields.Select(f => f.Name));
        Assert.Equal("must be at least 5 characters", error.Fields[0].Reason);
        Assert.Contains("\"fields\"", error.RawBody);
    }

    [Fact]
    public async Task A_status_the_document_does_not_declare_still_maps()
    {
        // GET /tokens declares only 200 and 401; a 418 still surfaces as the SDK exception.
        var stub = new StubHandler().Then((HttpStatusCode)418, "I'm a teapot");
        using var client = TestClients.Create(stub);

        var error = await Assert.ThrowsAsync<LiveChatPartnersApiException>(() => client.Tokens.GetAsync());

        Assert.Equal(418, (int)error.StatusCode);
        Assert.Null(error.ErrorType);
        Assert.Equal("I'm a teapot", error.RawBody);
    }

    [Fact]
    public async Task Message_ToString_and_raw_body_never_contain_the_token()
    {
        var echoed = $$$"""{"error":{"type":"authentication","message":"token {{{TestClients.Token}}} is revoked"}}""";
        var stub = new StubHandler().Then(HttpStatusCode.Unauthorized, echoed);
        using var client = TestClients.Create(stub);

        var error = await Assert.ThrowsAsync<LiveChatPartnersApiException>(() => client.GetAsync());

        Assert.DoesNotContain(TestClients.Token, error.Message);
        Assert.DoesNotContain(TestClients.Token, error.ToString());
        Assert.DoesNotContain(TestClients.Token, error.RawBody);
        Assert.DoesNotContain(TestClients.Token, error.ErrorMessage);
        Assert.Contains("token *** is revoked", error.ErrorMessage);
    }

    [Fact]
    public async Task Token_from_a_provider_is_redacted_too()
    {
        var stub = new StubHandler().Then(HttpStatusCode.Forbidden, """{"error":{"type":"authorization","message":"rotating-XYZ not allowed"}}""");
        using var client = TestClients.Create(stub, configure: o =>
        {
            o.Token = null;
            o.TokenProvider = _ => Task.FromResult("rotating-XYZ");
        });

        var error = await Assert.ThrowsAsync<LiveChatPartnersApiException>(() => client.GetAsync());

        Assert.DoesNotContain("rotating-XYZ", error.ToString());
        Assert.DoesNotContain("rotating-XYZ", error.RawBody);
    }

    [Fact]
    public async Task Request_uri_in_the_exception_has_no_query_string()
    {
        var stub = new StubHandler().Then(HttpStatusCode.BadRequest, """{"error":{"type":"validation","message":"date_from: invalid"}}""");
        using var client = TestClients.Create(stub);

        var error = await Assert.ThrowsAsync<LiveChatPartnersApiException>(() =>
            client.Affiliates.Livechat.Licenses.GetAsync(q => q.QueryParameters.DateFrom = new DateTime(2024, 1, 5).ToLiveChatDate()));

        Assert.Equal("https://api.livechatinc.com/v2/partners/affiliates/livechat/licenses", error.RequestUri!.ToString());
    }

    [Fact]
    public async Task Non_json_error_body_is_kept_raw()
    {
        var stub = new StubHandler().Then(_ => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>bad gateway</html>") });
        using var client = TestClients.Create(stub, configure: o => o.Retry.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<LiveChatPartnersApiException>(() => client.GetAsync());

        Assert.Equal("<html>bad gateway</html>", error.RawBody);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Exception_is_a_kiota_api_exception_with_response_headers()
    {
        var stub = new StubHandler().Then(HttpStatusCode.NotFound, """{"error":{"type":"not_found","message":"license not found"}}""",
            r => r.Headers.Add("X-Request-Id", "abc"));
        using var client = TestClients.Create(stub);

        Microsoft.Kiota.Abstractions.ApiException error = await Assert.ThrowsAnyAsync<Microsoft.Kiota.Abstractions.ApiException>(() =>
            client.Resellers.Licenses["999"].GetAsync());

        Assert.IsType<LiveChatPartnersApiException>(error);
        Assert.Equal(["abc"], error.ResponseHeaders["X-Request-Id"]);
    }
}
