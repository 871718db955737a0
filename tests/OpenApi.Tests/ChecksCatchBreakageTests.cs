using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.OpenApi.Tests;

/// <summary>
/// Each check of the document, run on a deliberately broken copy, reports the breakage: the
/// document tests cannot pass vacuously.
/// </summary>
public sealed class ChecksCatchBreakageTests
{
    private static IReadOnlyList<ReferenceOperation> Reference() =>
        ReferenceOperation.Parse(File.ReadAllText(SpecFiles.Reference));

    [Fact]
    public async Task A_missing_operationId_summary_or_tag_is_reported()
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);
        var createToken = (JObject)document.SelectToken("paths['/tokens'].post")!;
        createToken.Remove("operationId");
        ((JObject)document.SelectToken("paths['/tokens'].get")!).Remove("summary");
        ((JObject)document.SelectToken("paths['/coupons'].get")!)["tags"] = new JArray("Coupons");

        var problems = SpecChecks.OperationBasics(document);

        Assert.Contains(problems, p => p.Contains("POST /tokens") && p.Contains("no operationId"));
        Assert.Contains(problems, p => p.Contains("getApiTokenList") && p.Contains("no summary"));
        Assert.Contains(problems, p => p.Contains("getActiveCoupons") && p.Contains("'Coupons' is not declared"));
    }

    [Fact]
    public async Task An_error_response_without_the_shared_body_is_reported()
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);
        document.SelectToken("paths['/tokens'].post.responses.409.content['application/json'].schema")!.Replace(new JObject { ["type"] = "string" });

        Assert.Contains(SpecChecks.OperationBasics(document), p => p.Contains("createApiToken") && p.Contains("409"));
    }

    [Fact]
    public async Task An_invalid_example_is_reported()
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);
        document.SelectToken("components.examples.Profile.value.partner_id")!.Replace(123);
        document.SelectToken("paths['/coupons'].get.responses.200.content['application/json'].examples.reference.value.result[0]")!["id"] = "one";

        var problems = await ExampleValidation.ProblemsAsync(document);

        Assert.Contains(problems, p => p.Contains("getProfile") && p.Contains("partner_id"));
        Assert.Contains(problems, p => p.Contains("getActiveCoupons") && p.Contains("id"));
    }

    [Fact]
    public async Task A_documented_status_code_missing_or_an_endpoint_missing_is_reported()
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);
        ((JObject)document.SelectToken("paths['/tokens'].post.responses")!).Remove("409");
        ((JObject)document["paths"]!).Remove("/experts/stats");
        document.SelectToken("paths['/affiliates/history'].get")!["deprecated"] = false;

        var problems = SpecChecks.AgainstReference(document, Reference());

        Assert.Contains(problems, p => p.Contains("createApiToken") && p.Contains("409 is missing"));
        Assert.Contains(problems, p => p.Contains("/v2/partners/experts/stats") && p.Contains("not in the document"));
        Assert.Contains(problems, p => p.Contains("getAffiliateHistoryDeprecated") && p.Contains("deprecated should be true"));
    }

    [Fact]
    public async Task An_undeclared_path_parameter_is_reported()
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);
        ((JObject)document.SelectToken("paths['/tokens/{tokenId}'].delete")!).Remove("parameters");

        Assert.Contains(SpecChecks.PathParameters(document), p => p.Contains("'tokenId' is not declared"));
    }

    [Fact]
    public async Task A_deprecated_operation_without_its_replacement_is_reported()
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);
        var deprecated = (JObject)document.SelectToken("paths['/active-licenses'].get")!;
        deprecated.Remove("x-ms-deprecation");
        deprecated["description"] = "Deprecated.";

        var problems = SpecChecks.Deprecations(document);

        Assert.Contains(problems, p => p.Contains("getActiveLicensesDeprecated") && p.Contains("does not name the operation"));
        Assert.Contains(problems, p => p.Contains("getActiveLicensesDeprecated") && p.Contains("x-ms-deprecation"));
    }

    [Fact]
    public async Task A_broken_document_does_not_parse_cleanly_in_Microsoft_OpenApi()
    {
        var text = await File.ReadAllTextAsync(SpecDocument.Path);
        var broken = text.Replace("      operationId: getProfile\n", "      operationId: getProfile\n      respnses: {}\n", StringComparison.Ordinal);

        var result = await SpecDocument.ReadYamlAsync(broken);

        Assert.NotEqual(text, broken);
        Assert.NotEmpty(result.Diagnostic!.Errors);
    }
}
