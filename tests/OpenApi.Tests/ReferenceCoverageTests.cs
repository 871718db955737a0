namespace LiveChat.Partners.OpenApi.Tests;

/// <summary>The document describes every endpoint of the API reference, with its documented status codes.</summary>
public sealed class ReferenceCoverageTests
{
    private static IReadOnlyList<ReferenceOperation> Reference() =>
        ReferenceOperation.Parse(File.ReadAllText(SpecFiles.Reference));

    [Fact]
    public void The_reference_parser_finds_all_documented_endpoints()
    {
        var markdown = File.ReadAllText(SpecFiles.Reference);
        var reference = Reference();

        // Counted in the text itself, independently of the parser: every endpoint line, the DEPRECATED ones, and
        // the distinct data look-ups the reference links to.
        var endpointLines = System.Text.RegularExpressions.Regex.Matches(markdown, @"^`(GET|POST|PUT|DELETE) \S+`", System.Text.RegularExpressions.RegexOptions.Multiline);
        var lookups = System.Text.RegularExpressions.Regex.Matches(markdown, @"/v2/partners/data/[a-z/]+").Select(m => m.Value).Distinct().Count();
        Assert.Equal(endpointLines.Count + lookups, reference.Count);
        Assert.Equal(endpointLines.Count(m => markdown.IndexOf('\n', m.Index) is var end && markdown[m.Index..end].Contains("DEPRECATED", StringComparison.Ordinal)), reference.Count(o => o.Deprecated));
        Assert.All(reference, o => Assert.NotEmpty(o.StatusCodes));
    }

    [Fact]
    public async Task Every_reference_endpoint_is_in_the_document_with_its_status_codes_and_nothing_else()
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);

        Assert.Empty(SpecChecks.AgainstReference(document, Reference()));
    }
}
