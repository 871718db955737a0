using System.Reflection;
using System.Text.Json.Nodes;
using LiveChat.Partners.Models;
using LiveChat.Partners.Tests.Serialization;

namespace LiveChat.Partners.Tests;

/// <summary>Every property the document types as <c>Timestamp</c> has its typed twin (src/Extensions/Formats/TypedTimestamps.cs).</summary>
public class TypedTimestampTests
{
    /// <summary>(schema, property) of every property whose schema is, or is <c>allOf</c>, <c>#/components/schemas/Timestamp</c>.</summary>
    public static TheoryData<string, string> TimestampProperties
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (schemaName, schema) in ResponseSchemas.Document["components"]!["schemas"]!.AsObject())
            {
                if (schema?["properties"] is not JsonObject properties) continue;
                foreach (var (name, property) in properties)
                {
                    if (IsTimestamp(property)) data.Add(schemaName, name);
                }
            }

            return data;
        }
    }

    [Fact]
    public void The_document_has_timestamp_properties() => Assert.NotEmpty(TimestampProperties);

    [Theory]
    [MemberData(nameof(TimestampProperties))]
    public void Each_timestamp_has_a_typed_utc_twin(string schemaName, string wireName)
    {
        var type = typeof(ErrorResponse).Assembly.GetType("LiveChat.Partners.Models." + schemaName)
            ?? throw new InvalidOperationException($"no model for schema {schemaName}");
        var text = type.GetProperty(Pascal(wireName)) ?? throw new InvalidOperationException($"{type.Name} has no property {Pascal(wireName)}");
        var model = Activator.CreateInstance(type)!;
        var twins = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(DateTimeOffset?)).ToList();

        text.SetValue(model, "2018-03-06 15:14:26");
        var changed = twins.Where(p => p.GetValue(model) is DateTimeOffset value && value == new DateTimeOffset(2018, 3, 6, 15, 14, 26, TimeSpan.Zero)).ToList();

        var twin = Assert.Single(changed);
        text.SetValue(model, string.Empty);
        Assert.Null(twin.GetValue(model));
    }

    private static bool IsTimestamp(JsonNode? property) =>
        property?["$ref"]?.GetValue<string>() == "#/components/schemas/Timestamp"
        || (property?["allOf"] is JsonArray all && all.Any(IsTimestamp));

    private static string Pascal(string wireName) =>
        string.Concat(wireName.Split('_').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part.Substring(1)));
}
