namespace LiveChat.Partners.OpenApi.Tests;

/// <summary>Every example in the document is valid against its schema.</summary>
public sealed class ExampleTests
{
    [Fact]
    public async Task Every_example_validates_against_its_schema()
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);

        Assert.Empty(await ExampleValidation.ProblemsAsync(document));
    }

    [Fact]
    public async Task Every_json_success_response_has_an_example()
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);
        var examples = ExampleValidation.Collect(document).ToList();

        // Each operation whose 2xx answers JSON shows at least one example of it.
        var missing = SpecOperation.All(document)
            .Where(op => ((Newtonsoft.Json.Linq.JObject)op.Operation["responses"]!).Properties()
                .Any(r => r.Name.StartsWith('2') &&
                          JsonReferences.Resolve(document, (Newtonsoft.Json.Linq.JObject)r.Value).SelectToken("content['application/json']") is not null))
            .Where(op => !examples.Any(e => e.Location.StartsWith($"{op} 2", StringComparison.Ordinal)))
            .Select(op => op.ToString())
            .ToList();

        Assert.Empty(missing);
        Assert.True(examples.Count > 80, $"only {examples.Count} examples found");
    }
}
