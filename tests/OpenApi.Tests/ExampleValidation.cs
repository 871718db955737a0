using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace LiveChat.Partners.OpenApi.Tests;

/// <summary>Checks every example in the document against the schema it illustrates.</summary>
internal static class ExampleValidation
{
    /// <summary>One example and the schema it must satisfy.</summary>
    public sealed record Example(string Location, JObject Schema, JToken Value);

    /// <summary>The problems found, one line each; empty when every example is valid.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(JObject document)
    {
        var problems = new List<string>();
        foreach (var example in Collect(document))
        {
            var schema = await JsonSchema.FromJsonAsync(Inline(document, example.Schema).ToString());
            foreach (var error in schema.Validate(example.Value))
            {
                problems.Add($"{example.Location}: {error.Path} {error.Kind}");
            }
        }
        return problems;
    }

    /// <summary>Every example of media types (requests and responses), parameters and schemas.</summary>
    public static IEnumerable<Example> Collect(JObject document)
    {
        foreach (var op in SpecOperation.All(document))
        {
            var where = op.ToString();
            if (op.Operation["requestBody"] is JObject body)
            {
                foreach (var example in MediaTypeExamples(document, JsonReferences.Resolve(document, body), $"{where} request"))
                {
                    yield return example;
                }
            }
            foreach (var response in ((JObject?)op.Operation["responses"] ?? []).Properties())
            {
                var resolved = JsonReferences.Resolve(document, (JObject)response.Value);
                foreach (var example in MediaTypeExamples(document, resolved, $"{where} {response.Name}"))
                {
                    yield return example;
                }
            }
            foreach (var parameter in op.Parameters(document))
            {
                if (parameter["example"] is { } value && parameter["schema"] is JObject schema)
                {
                    yield return new Example($"{where} parameter {parameter["name"]}", schema, value);
                }
            }
        }
        foreach (var schema in ((JObject?)document.SelectToken("components.schemas") ?? []).Properties())
        {
            foreach (var example in SchemaExamples((JObject)schema.Value, $"#/components/schemas/{schema.Name}"))
            {
                yield return example;
            }
        }
    }

    private static IEnumerable<Example> MediaTypeExamples(JObject document, JObject holder, string where)
    {
        foreach (var media in ((JObject?)holder["content"] ?? []).Properties())
        {
            var content = (JObject)media.Value;
            if (content["schema"] is not JObject schema)
            {
                continue;
            }
            if (content["example"] is { } single)
            {
                yield return new Example($"{where} {media.Name} example", schema, single);
            }
            foreach (var named in ((JObject?)content["examples"] ?? []).Properties())
            {
                var example = JsonReferences.Resolve(document, (JObject)named.Value);
                if (example["value"] is { } value)
                {
                    yield return new Example($"{where} {media.Name} example '{named.Name}'", schema, value);
                }
            }
        }
    }

    private static IEnumerable<Example> SchemaExamples(JObject schema, string where)
    {
        if (schema["example"] is { } value && schema["$ref"] is null)
        {
            yield return new Example(where, schema, value);
        }
        foreach (var property in ((JObject?)schema["properties"] ?? []).Properties())
        {
            foreach (var example in SchemaExamples((JObject)property.Value, $"{where}/properties/{property.Name}"))
            {
                yield return example;
            }
        }
        if (schema["items"] is JObject items)
        {
            foreach (var example in SchemaExamples(items, $"{where}/items"))
            {
                yield return example;
            }
        }
    }

    /// <summary>A copy of the schema with every local reference replaced by its target, so NJsonSchema needs no document.</summary>
    public static JObject Inline(JObject document, JObject schema)
    {
        var resolved = (JObject)JsonReferences.Resolve(document, schema).DeepClone();
        foreach (var property in resolved.Properties().ToList())
        {
            property.Value = property.Value switch
            {
                JObject child => Inline(document, child),
                JArray array => new JArray(array.Select(item => item is JObject o ? Inline(document, o) : item)),
                var other => other,
            };
        }
        return resolved;
    }
}
