using System.Collections;
using System.Reflection;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;
using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.ContractTests;

/// <summary>
/// Every JSON example of the document (request bodies, responses, errors, schema examples) read through the SDK's
/// Kiota model for its schema: nothing may be left over in <c>AdditionalData</c> (a property the model does not
/// know), and writing the model back must give equivalent JSON (nothing lost, nothing renamed).
/// </summary>
public sealed class SpecExampleTests
{
    private static readonly Assembly Sdk = typeof(LiveChatPartnersClient).Assembly;

    [Fact]
    public async Task Every_example_deserializes_through_its_model_with_nothing_left_over_and_serializes_back_to_equivalent_JSON()
    {
        var examples = await ExamplesAsync();
        var problems = new List<string>();

        foreach (var (location, schema, value) in examples)
        {
            var model = Sdk.GetType($"LiveChat.Partners.Models.{schema}");
            if (model is null)
            {
                problems.Add($"{location}: no SDK model for schema {schema}");
                continue;
            }

            var parsed = await ParseAsync(model, value);
            problems.AddRange(LeftOvers(parsed, "$").Select(p => $"{location} ({schema}): {p}"));

            var written = SpecDocument.ParseJson(Serialize(parsed));
            if (!Equivalent(value, written))
            {
                problems.Add($"{location} ({schema}): serialized back as {written.ToString(Newtonsoft.Json.Formatting.None)}, example is {value.ToString(Newtonsoft.Json.Formatting.None)}");
            }
        }

        Assert.True(examples.Count >= 80, $"only {examples.Count} JSON examples found");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>(where, schema name, example value) for every JSON example whose schema is a <c>$ref</c>.</summary>
    private static async Task<List<(string Location, string Schema, JToken Value)>> ExamplesAsync()
    {
        var document = await SpecDocument.JsonAsync();
        var found = new List<(string, string, JToken)>();

        void FromContent(string location, JToken? holder)
        {
            if (holder is null) return;
            var media = JsonReferences.Resolve(document, (JObject)holder)["content"]?["application/json"] as JObject;
            if (media?["schema"]?["$ref"] is not JValue { Value: string reference }) return;
            var schema = reference.Split('/')[^1];
            if (media["example"] is { } example) found.Add((location, schema, example));
            foreach (var named in (media["examples"] as JObject)?.Properties() ?? [])
            {
                if (JsonReferences.Resolve(document, (JObject)named.Value)["value"] is { } value) found.Add(($"{location} example '{named.Name}'", schema, value));
            }
        }

        foreach (var path in ((JObject)document["paths"]!).Properties())
        {
            foreach (var operation in ((JObject)path.Value).Properties().Where(p => p.Name is "get" or "put" or "post" or "delete"))
            {
                var id = (string)operation.Value["operationId"]!;
                FromContent($"{id} request", operation.Value["requestBody"]);
                foreach (var response in ((JObject?)operation.Value["responses"])?.Properties() ?? [])
                {
                    FromContent($"{id} {response.Name}", response.Value);
                }
            }
        }

        foreach (var schema in ((JObject)document["components"]!["schemas"]!).Properties())
        {
            if (schema.Value["example"] is { } example && schema.Value["type"]?.ToString() == "object")
            {
                found.Add(($"schema {schema.Name}", schema.Name, example));
            }
        }

        return found;
    }

    private static async Task<IParsable> ParseAsync(Type model, JToken value)
    {
        var create = model.GetMethod("CreateFromDiscriminatorValue", BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{model.Name} has no CreateFromDiscriminatorValue");
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(value.ToString(Newtonsoft.Json.Formatting.None)));
        var node = await new JsonParseNodeFactory().GetRootParseNodeAsync("application/json", stream);
        return node.GetObjectValue<IParsable>(n => (IParsable)create.Invoke(null, [n])!)
            ?? throw new InvalidOperationException($"{model.Name}: nothing parsed");
    }

    private static string Serialize(IParsable model)
    {
        using var writer = new JsonSerializationWriter();
        writer.WriteObjectValue(null, model);
        using var content = writer.GetSerializedContent();
        using var reader = new StreamReader(content);
        return reader.ReadToEnd();
    }

    /// <summary>Every non-empty <c>AdditionalData</c> in the model tree, by JSON-ish path.</summary>
    private static IEnumerable<string> LeftOvers(object? model, string path)
    {
        if (model is IAdditionalDataHolder holder && holder.AdditionalData.Count > 0)
        {
            yield return $"{path} left unknown properties in AdditionalData: {string.Join(", ", holder.AdditionalData.Keys)}";
        }

        if (model is not IParsable) yield break;
        foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "AdditionalData") continue;
            if (property.DeclaringType == typeof(Exception) || property.DeclaringType == typeof(Microsoft.Kiota.Abstractions.ApiException)) continue;
            var value = property.GetValue(model);
            if (value is IParsable child)
            {
                foreach (var p in LeftOvers(child, $"{path}.{property.Name}")) yield return p;
            }
            else if (value is IEnumerable items and not string)
            {
                var i = 0;
                foreach (var item in items)
                {
                    foreach (var p in LeftOvers(item, $"{path}.{property.Name}[{i++}]")) yield return p;
                }
            }
        }
    }

    /// <summary>Same JSON, numbers compared by value (<c>454.50</c> equals <c>454.5</c>).</summary>
    private static bool Equivalent(JToken expected, JToken actual) => (expected, actual) switch
    {
        (JObject e, JObject a) => e.Properties().Count() == a.Properties().Count()
            && e.Properties().All(p => a.TryGetValue(p.Name, out var v) && Equivalent(p.Value, v)),
        (JArray e, JArray a) => e.Count == a.Count && e.Zip(a).All(pair => Equivalent(pair.First, pair.Second)),
        (JValue { Type: JTokenType.Integer or JTokenType.Float } e, JValue { Type: JTokenType.Integer or JTokenType.Float } a) =>
            Convert.ToDecimal(e.Value, System.Globalization.CultureInfo.InvariantCulture) == Convert.ToDecimal(a.Value, System.Globalization.CultureInfo.InvariantCulture),
        (JValue e, JValue a) => JToken.DeepEquals(e, a),
        _ => false,
    };
}
