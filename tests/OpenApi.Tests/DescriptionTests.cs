using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.OpenApi.Tests;

/// <summary>Issue 11: descriptions everywhere, reaching every generator.</summary>
public sealed class DescriptionTests
{
    [Fact]
    public async Task Every_operation_parameter_path_schema_and_property_has_a_description_of_its_own()
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);

        Assert.Empty(DescriptionChecks.Missing(document));
    }

    [Fact]
    public async Task A_missing_or_unreachable_description_is_reported()
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);
        ((JObject)document.SelectToken("paths['/tokens'].post")!).Remove("description");
        ((JObject)document.SelectToken("components.parameters.LicenseId")!).Remove("description");
        ((JObject)document.SelectToken("components.schemas.ApiToken.properties.label")!).Remove("description");
        document.SelectToken("components.schemas.ApiToken.properties")!["creation_timestamp"] = new JObject { ["$ref"] = "#/components/schemas/Timestamp" };
        ((JObject)document["paths"]!).Remove("/data");
        ((JObject)document.SelectToken("paths['/coupons']")!).Remove("description");

        var problems = DescriptionChecks.Missing(document);

        Assert.Contains(problems, p => p.Contains("createApiToken") && p.Contains("no description"));
        Assert.Contains(problems, p => p.Contains("getLicenseDetails") && p.Contains("'licenseId' has no description"));
        Assert.Contains(problems, p => p == "schema ApiToken.label: no description");
        Assert.Contains(problems, p => p.StartsWith("schema ApiToken.creation_timestamp: a bare $ref", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("path /data: a segment with no path item", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("path /coupons: no description", StringComparison.Ordinal));
    }
}
