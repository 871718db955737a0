namespace LiveChat.Partners.OpenApi.Tests;

/// <summary>The document describes every endpoint of the API reference, with its documented status codes.</summary>
public sealed class ReferenceCoverageTests
{
    private static IReadOnlyList<ReferenceOperation> Reference() =>
        ReferenceOperation.Parse(File.ReadAllText(SpecFiles.Reference));

    [Fact]
    public void The_reference_parser_finds_all_documented_endpoints()
    {
        var reference = Reference();

        // 59 endpoint lines in the reference (9 of them marked DEPRECATED) plus its 3 linked data look-ups.
        Assert.Equal(62, reference.Count);
        Assert.Equal(9, reference.Count(o => o.Deprecated));
        Assert.All(reference, o => Assert.NotEmpty(o.StatusCodes));
    }

    [Fact]
    public async Task Every_reference_endpoint_is_in_the_document_with_its_status_codes_and_nothing_else()
    {
        var document = await SpecJson.LoadAsync(CancellationToken.None);

        Assert.Empty(SpecChecks.AgainstReference(document, Reference()));
    }
}
