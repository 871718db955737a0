using System.Net;
using LiveChat.Partners.Models;
using LiveChat.Partners.Tests.Serialization;

namespace LiveChat.Partners.Tests;

/// <summary>Every documented 4xx/5xx surfaces as <see cref="ErrorResponse"/> with the error body's parts.</summary>
public class ErrorMappingTests
{
    /// <summary>Every (status, type) pair of the document's <c>ErrorType.x-status-codes</c>, read from the document.</summary>
    public static TheoryData<int, string> DocumentedStatuses
    {
        get
        {
            var data = new TheoryData<int, string>();
            foreach (var (type, statuses) in DocumentStatusCodes())
            {
                foreach (var status in statuses) data.Add(status, type);
            }

            return data;
        }
    }

    [Fact]
    public void The_sdk_error_type_table_is_the_documents_x_status_codes()
    {
        var document = DocumentStatusCodes();
        var sdk = LiveChatPartnersErrorTypes.StatusCodes.ToDictionary(e => e.Key, e => e.Value.ToArray());

        Assert.Equal(document.Keys.Order(), sdk.Keys.Order());
        foreach (var (type, statuses) in document) Assert.Equal(statuses, sdk[type]);

        // x-extensible-enum lists the same types.
        var listed = ResponseSchemas.Document["components"]!["schemas"]!["ErrorType"]!["x-extensible-enum"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(document.Keys.Order(), listed.Order());
    }

    [Fact]
    public void Transient_means_the_statuses_of_too_many_requests_and_service_unavailable()
    {
        var document = DocumentStatusCodes();
        var transient = document["too_many_requests"].Concat(document["service_unavailable"]).ToHashSet();

        for (var status = 100; status < 600; status++)
            Assert.Equal(transient.Contains(status), LiveChatPartnersErrorTypes.IsTransientStatus(status));
    }

    [Theory]
    [InlineData(200, null)]
    [InlineData(418, null)]
    [InlineData(501, null)]
    [InlineData(503, "service_unavailable")]
    public void ForStatus_answers_only_the_documents_statuses(int status, string? type) =>
        Assert.Equal(type, LiveChatPartnersErrorTypes.ForStatus(status));

    [Fact]
    public async Task Catching_the_exception_the_generated_docs_name_catches()
    {
        // Every generated method documents <exception cref="ErrorResponse">: that is what a caller writes.
        var stub = new StubHandler().Then(HttpStatusCode.NotFound, """{"error":{"type":"not_found","message":"license not found"}}""");
        using var client = TestClients.Create(stub);

        ErrorResponse? caught = null;
        try
        {
            await client.Resellers.Licenses["999"].GetAsync();
        }
        catch (ErrorResponse e)
        {
            caught = e;
        }

        Assert.NotNull(caught);
        Assert.Equal(typeof(ErrorResponse), caught!.GetType());
        Assert.Equal(HttpStatusCode.NotFound, caught.StatusCode);
        Assert.Equal("license not found", caught.Error?.Message);
    }

    /// <summary>
    /// The stub answers only a status and a message (no <c>type</c>): what the exception says of the status is the
    /// SDK's own reading of it, checked against the type the document's table gives that status.
    /// </summary>
    [Theory]
    [MemberData(nameof(DocumentedStatuses))]
    public async Task Each_documented_status_maps_to_the_sdk_exception_and_the_documents_error_type(int status, string type)
    {
        var stub = new StubHandler { Default = _ => StubHandler.Json((HttpStatusCode)status, $$$"""{"error":{"message":"something at {{{status}}}"}}""") };
        using var client = TestClients.Create(stub, configure: o => o.Retry.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<ErrorResponse>(() => client.Tokens.GetAsync());

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(status, error.ResponseStatusCode);
        Assert.Equal(type, LiveChatPartnersErrorTypes.ForStatus(error.ResponseStatusCode));
        Assert.Equal(type is LiveChatPartnersErrorTypes.TooManyRequests or LiveChatPartnersErrorTypes.ServiceUnavailable, error.IsTransient);
        Assert.Equal(type == LiveChatPartnersErrorTypes.Validation, error.IsValidationError);
        Assert.Null(error.ErrorType); // the body named none: the SDK does not invent one
        Assert.Equal($"something at {status}", error.ErrorMessage);
        Assert.Contains($"{status}", error.Message);
        Assert.Contains($"something at {status}", error.Message);
        Assert.Equal("GET", error.RequestMethod);
    }

    [Fact]
    public async Task Kiotas_own_error_mapping_gives_the_same_exception_on_an_adapter_without_the_sdk_handlers()
    {
        // A caller's own adapter (not the SDK's): Kiota reads the body into the generated ErrorResponse itself.
        var stub = new StubHandler().Then(HttpStatusCode.NotFound, """{"error":{"type":"not_found","message":"license not found"}}""");
        using var http = new HttpClient(stub);
        var adapter = new Microsoft.Kiota.Http.HttpClientLibrary.HttpClientRequestAdapter(
            new Microsoft.Kiota.Abstractions.Authentication.AnonymousAuthenticationProvider(), httpClient: http)
        { BaseUrl = "https://api.livechatinc.com/v2/partners" };
        var client = new LiveChatPartnersClient(adapter);

        var error = await Assert.ThrowsAsync<ErrorResponse>(() => client.Resellers.Licenses["999"].GetAsync());

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(LiveChatPartnersErrorTypes.NotFound, error.ErrorType);
        Assert.Equal("license not found", error.ErrorMessage);
        Assert.Empty(error.Fields);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task Validation_error_carries_the_offending_fields()
    {
        var stub = new StubHandler().Then(HttpStatusCode.BadRequest,
            """{"error":{"type":"validation","message":"name: must be at least 5 characters","fields":[{"name":"name","reason":"must be at least 5 characters"},{"name":"trial_duration","reason":"must be between 14 and 60"}]}}""");
        using var client = TestClients.Create(stub);

        var error = await Assert.ThrowsAsync<ErrorResponse>(() =>
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

        var error = await Assert.ThrowsAsync<ErrorResponse>(() => client.Tokens.GetAsync());

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

        var error = await Assert.ThrowsAsync<ErrorResponse>(() => client.GetAsync());

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

        var error = await Assert.ThrowsAsync<ErrorResponse>(() => client.GetAsync());

        Assert.DoesNotContain("rotating-XYZ", error.ToString());
        Assert.DoesNotContain("rotating-XYZ", error.RawBody);
    }

    [Fact]
    public async Task Request_uri_in_the_exception_has_no_query_string()
    {
        var stub = new StubHandler().Then(HttpStatusCode.BadRequest, """{"error":{"type":"validation","message":"date_from: invalid"}}""");
        using var client = TestClients.Create(stub);

        var error = await Assert.ThrowsAsync<ErrorResponse>(() =>
            client.Affiliates.Livechat.Licenses.GetAsync(q => q.QueryParameters.DateFrom = new DateTime(2024, 1, 5).ToLiveChatDate()));

        Assert.Equal("https://api.livechatinc.com/v2/partners/affiliates/livechat/licenses", error.RequestUri!.ToString());
    }

    [Fact]
    public async Task Non_json_error_body_is_kept_raw()
    {
        var stub = new StubHandler().Then(_ => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>bad gateway</html>") });
        using var client = TestClients.Create(stub, configure: o => o.Retry.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<ErrorResponse>(() => client.GetAsync());

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

        Assert.IsType<ErrorResponse>(error);
        Assert.Equal(["abc"], error.ResponseHeaders["X-Request-Id"]);
    }

    private static Dictionary<string, int[]> DocumentStatusCodes() =>
        ResponseSchemas.Document["components"]!["schemas"]!["ErrorType"]!["x-status-codes"]!.AsObject()
            .ToDictionary(e => e.Key, e => e.Value!.AsArray().Select(n => n!.GetValue<int>()).ToArray());
}
