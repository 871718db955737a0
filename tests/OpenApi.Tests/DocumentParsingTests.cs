using Microsoft.OpenApi;

namespace LiveChat.Partners.OpenApi.Tests;

/// <summary>The document parses cleanly in both OpenAPI stacks the toolkit builds on.</summary>
public sealed class DocumentParsingTests
{
    [Fact]
    public async Task Microsoft_OpenApi_reads_it_with_no_errors_and_no_warnings()
    {
        var result = await SpecDocument.ReadAsync(CancellationToken.None);

        Assert.NotNull(result.Document);
        Assert.Empty(result.Diagnostic!.Errors.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.Empty(result.Diagnostic.Warnings.Select(w => $"{w.Pointer}: {w.Message}"));
        Assert.Equal(OpenApiSpecVersion.OpenApi3_0, result.Diagnostic.SpecificationVersion);
    }

    [Fact]
    public async Task Microsoft_OpenApi_validation_rules_find_nothing()
    {
        var result = await SpecDocument.ReadAsync(CancellationToken.None);

        var errors = result.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet());

        Assert.Empty(errors.Select(e => $"{e.Pointer}: {e.Message}"));
    }

    [Fact]
    public async Task NSwag_reads_it_and_sees_every_operation()
    {
        var document = await NSwag.OpenApiYamlDocument.FromFileAsync(SpecDocument.Path, CancellationToken.None);
        var json = await SpecDocument.JsonAsync(CancellationToken.None);

        var nswagOperations = document.Operations.Select(o => o.Operation.OperationId).Order().ToList();
        var operationIds = SpecOperation.All(json).Select(o => o.OperationId ?? "").Order().ToList();

        Assert.Equal(operationIds, nswagOperations);
        Assert.All(document.Operations, o => Assert.NotEmpty(o.Operation.ActualResponses));
    }
}
