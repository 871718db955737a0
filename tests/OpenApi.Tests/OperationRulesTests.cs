namespace LiveChat.Partners.OpenApi.Tests;

/// <summary>Every operation has an id, a summary, a description, a declared tag and described responses.</summary>
public sealed class OperationRulesTests
{
    [Fact]
    public async Task Every_operation_has_an_id_summary_tag_and_described_responses()
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);

        Assert.Empty(SpecChecks.OperationBasics(document));
    }

    [Fact]
    public async Task Every_path_parameter_is_declared_required_and_typed()
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);

        Assert.Empty(SpecChecks.PathParameters(document));
    }

    [Fact]
    public async Task Every_deprecated_operation_names_its_replacement()
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);

        Assert.Empty(SpecChecks.Deprecations(document));
    }

    [Fact]
    public async Task Only_status_recurly_and_data_lookups_are_public()
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);

        var publicOperations = SpecOperation.All(document)
            .Where(o => o.Operation["security"] is Newtonsoft.Json.Linq.JArray { Count: 0 })
            .Select(o => o.OperationId)
            .Order();

        Assert.Equal(["getCountries", "getExpertCategories", "getLanguages", "getRecurlyToken", "getStatus"], publicOperations);
        Assert.Equal("bearer", (string?)document.SelectToken("components.securitySchemes.bearerAuth.scheme"));
        Assert.NotNull(document.SelectToken("security[0].bearerAuth"));
    }

    [Fact]
    public async Task Tags_are_identifiers_named_for_people_by_x_displayName()
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);
        var tags = document["tags"]!.ToList();

        // Generators name classes after tags (NSwag's controller bases); the reference's headings are for people.
        Assert.All(tags, t => Assert.Matches("^[A-Z][A-Za-z]+$", (string?)t["name"]));
        Assert.Contains(tags, t => (string?)t["x-displayName"] == "Affiliate — LiveChat" && (string?)t["name"] == "AffiliateLiveChat");
        Assert.All(tags, t => Assert.False(string.IsNullOrWhiteSpace((string?)t["x-displayName"])));
    }

    [Fact]
    public async Task The_recurly_call_declares_its_own_host()
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);

        var servers = document.SelectToken("paths['/js/v1/token'].servers")!.Select(s => (string?)s["url"]);

        Assert.Contains("https://api.recurly.com", servers);
    }
}
