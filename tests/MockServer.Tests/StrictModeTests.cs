using LiveChat.Partners.Mock.Spec;
using LiveChat.Partners.Mock.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>The strict response check itself: what it accepts and what it reports (the whole suite runs with it on).</summary>
[Collection(Infrastructure.MockServerCollection.Name)]
public sealed class StrictModeTests(Infrastructure.MockServerFixture server)
{
    private readonly PartnerApiDocument _document = server.Services.GetRequiredService<PartnerApiDocument>();
    private readonly ResponseValidator _validator = new();

    private string? Check(string operationId, int status, string contentType, string body) =>
        _validator.Validate(_document.ByOperationId[operationId], status, contentType, System.Text.Encoding.UTF8.GetBytes(body));

    [Fact]
    public void A_matching_body_passes() =>
        Assert.Null(Check("getActiveCoupons", 200, "application/json", "{\"result\":[{\"id\":1,\"label\":\"x\"}]}"));

    [Fact]
    public void A_missing_required_property_is_reported()
    {
        var problem = Check("getActiveCoupons", 200, "application/json", "{\"result\":[{\"id\":1}]}");
        Assert.Contains("result[0].label", problem);
    }

    [Fact]
    public void A_wrong_timestamp_format_is_reported() =>
        Assert.NotNull(Check("createApiToken", 201, "application/json", "{\"id\":1,\"token\":\"t\",\"label\":\"abc\",\"creation_timestamp\":\"2018-03-06T15:14:26Z\"}"));

    [Fact]
    public void An_undocumented_status_is_reported() =>
        Assert.Contains("not documented", Check("getActiveCoupons", 409, "application/json", "{}"));

    /// <summary>
    /// Issue 11: the limits the mock enforces (413 body size, 415 media type, 429 objects per sandbox) are
    /// declared on the operations where they happen, and strict mode checks them like any other answer.
    /// </summary>
    [Fact]
    public async Task The_mocks_limits_are_declared_answers_that_strict_mode_checks()
    {
        var body = "{\"error\":{\"type\":\"unsupported_media_type\",\"message\":\"send application/json\"}}";
        Assert.Null(Check("createApiToken", 415, "application/json", body));
        Assert.Contains("not documented", Check("getActiveCoupons", 415, "application/json", body));

        var api = await server.NewSandboxAsync();
        using var form = new StringContent("label=abc", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        var refused = await api.Http.PostAsync("/v2/partners/tokens", form);
        await Infrastructure.Expect.ErrorAsync(refused, System.Net.HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Fact]
    public void A_wrong_media_type_is_reported() =>
        Assert.NotNull(Check("getLicenseInvoicePdf", 200, "application/json", "{}"));

    [Fact]
    public void Every_operation_is_routed_to_a_controller()
    {
        var endpoints = server.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText?.TrimStart('/'))
            .ToHashSet();
        Assert.All(_document.Operations, o => Assert.Contains(o.Route.TrimStart('/'), endpoints));

        // Every operation of the document's text (counted on the YAML, not through NSwag) is one the mock serves.
        var methods = System.Text.RegularExpressions.Regex.Matches(_document.Yaml, @"^    (get|put|post|delete):\s*$", System.Text.RegularExpressions.RegexOptions.Multiline);
        Assert.Equal(methods.Count, _document.Operations.Count);
    }
}
