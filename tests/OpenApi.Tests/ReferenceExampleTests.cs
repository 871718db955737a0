using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace LiveChat.Partners.OpenApi.Tests;

/// <summary>
/// Issue 11: every response example of the API reference validates against the response schema of its
/// operation as the reference writes it — only its JSON typos (trailing commas) mended. A schema that
/// refuses what the API is shown to send (the Expert profile's <c>"agents": "5+"</c>) would make a
/// generated client or a strict validator fail on a valid answer.
/// </summary>
public sealed partial class ReferenceExampleTests
{
    public static TheoryData<string> Sections()
    {
        var data = new TheoryData<string>();
        foreach (var (heading, _, _) in Examples())
        {
            data.Add(heading);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public async Task The_reference_response_example_validates_against_its_schema(string heading)
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);
        var (_, endpoint, example) = Examples().Single(e => e.Heading == heading);
        var operation = SpecOperation.All(document).Single(o =>
            o.Method.Equals(endpoint.Method, StringComparison.OrdinalIgnoreCase) && ReferenceOperation.Normalize(o.Path) == endpoint.NormalizedPath);
        var success = ((JObject)operation.Operation["responses"]!).Properties().First(r => r.Name.StartsWith('2'));
        var media = JsonReferences.Resolve(document, (JObject)success.Value).SelectToken("content['application/json'].schema") as JObject;
        Assert.NotNull(media);

        var schema = await JsonSchema.FromJsonAsync(ExampleValidation.Inline(document, media).ToString());
        var errors = schema.Validate(example).Select(e => $"{e.Path} {e.Kind}").ToList();

        Assert.True(errors.Count == 0, $"{endpoint} ({operation.OperationId}): {string.Join("; ", errors)}");
    }

    [Fact]
    public void Every_json_example_of_the_reference_is_checked()
    {
        var markdown = File.ReadAllText(SpecFiles.Reference);

        Assert.Equal(JsonBlock().Count(markdown), Examples().Count());
    }

    /// <summary>Each reference section's response example, with the first (non-deprecated) endpoint it documents.</summary>
    private static IEnumerable<(string Heading, ReferenceOperation Endpoint, JToken Example)> Examples()
    {
        var markdown = File.ReadAllText(SpecFiles.Reference);
        var headings = Heading().Matches(markdown).Select(m => (m.Index, Title: m.Groups[1].Value)).ToList();
        foreach (Match block in JsonBlock().Matches(markdown))
        {
            var section = headings.Last(h => h.Index < block.Index);
            var next = headings.FirstOrDefault(h => h.Index > block.Index).Index;
            var text = markdown[section.Index..(next > 0 ? next : markdown.Length)];
            var endpoint = ReferenceOperation.Parse(text).First(o => !o.Deprecated);
            var json = TrailingComma().Replace(block.Groups[1].Value, "$1");
            yield return ($"{Heading().Match(text).Groups[1].Value} ({endpoint})", endpoint, JToken.Parse(json));
        }
    }

    [GeneratedRegex(@"^#{2,3} (.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"```json\s*\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [GeneratedRegex(@",(\s*[}\]])")]
    private static partial Regex TrailingComma();
}
