using System.Text.Json.Nodes;
using LiveChat.Partners.TestSupport;
using Microsoft.Kiota.Abstractions.Serialization;

namespace LiveChat.Partners.Tests.Serialization;

/// <summary>A JSON response body of the document: its schema, the generated model it is read into, its examples.</summary>
/// <param name="Where">Operation and status, for messages.</param>
/// <param name="SchemaName">The component schema's name.</param>
/// <param name="Schema">The schema (component JSON, references unresolved).</param>
/// <param name="ModelType">The generated model type of that schema.</param>
/// <param name="Examples">The examples the document gives for this response.</param>
public sealed record ResponseSchema(string Where, string SchemaName, JsonObject Schema, Type ModelType, IReadOnlyList<JsonNode> Examples)
{
    /// <inheritdoc />
    public override string ToString() => $"{Where} ({SchemaName})";
}

/// <summary>
/// Every 2xx <c>application/json</c> response of the OpenAPI document whose schema is a component, mapped to the
/// generated model by name (the component's name and the Kiota class name, compared without case and punctuation),
/// so schema renames need no change here. The document (<see cref="SpecDocument"/>) is walked as System.Text.Json nodes.
/// </summary>
internal static class ResponseSchemas
{
    private static readonly Lazy<JsonObject> LoadedDocument = new(ReadDocument);
    private static readonly Lazy<(IReadOnlyList<ResponseSchema> Responses, IReadOnlyList<string> Unmapped)> Loaded = new(Load);

    /// <summary>The document as JSON (OpenAPI 3.0).</summary>
    public static JsonObject Document => LoadedDocument.Value;

    /// <summary>The mapped responses.</summary>
    public static IReadOnlyList<ResponseSchema> All => Loaded.Value.Responses;

    /// <summary>JSON responses whose schema has no generated model type (inline schemas, or a name Kiota changed).</summary>
    public static IReadOnlyList<string> Unmapped => Loaded.Value.Unmapped;

    /// <summary>Follows a local <c>$ref</c> (<c>#/components/...</c>).</summary>
    public static JsonObject Resolve(JsonObject node)
    {
        while (node["$ref"]?.GetValue<string>() is { } reference)
        {
            JsonNode? target = Document;
            foreach (var part in reference.TrimStart('#', '/').Split('/')) target = target?[part.Replace("~1", "/").Replace("~0", "~")];
            node = target as JsonObject ?? throw new InvalidOperationException($"unresolved $ref {reference}");
        }

        return node;
    }

    private static (IReadOnlyList<ResponseSchema>, IReadOnlyList<string>) Load()
    {
        var document = Document;
        var models = typeof(LiveChatPartnersClient).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(IParsable).IsAssignableFrom(t) && t.Namespace == "LiveChat.Partners.Models")
            .ToDictionary(t => Normalize(t.Name));
        var responses = new List<ResponseSchema>();
        var unmapped = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation is not JsonObject { } op || op["responses"] is not JsonObject statuses) continue;
                foreach (var (status, response) in statuses)
                {
                    if (!status.StartsWith('2')) continue;
                    var media = (Resolve(response!.AsObject())["content"] as JsonObject)?["application/json"] as JsonObject;
                    if (media?["schema"] is not JsonObject schema) continue;
                    var where = $"{method.ToUpperInvariant()} {path} {status}";
                    var name = (schema["$ref"]?.GetValue<string>())?.Split('/')[^1];
                    if (name is null || !models.TryGetValue(Normalize(name), out var type))
                    {
                        unmapped.Add($"{where} ({name ?? "inline schema"})");
                        continue;
                    }

                    responses.Add(new ResponseSchema(where, name, schema, type, ExamplesOf(media, Resolve(schema), document)));
                }
            }
        }

        return (responses, unmapped);
    }

    private static List<JsonNode> ExamplesOf(JsonObject media, JsonObject schema, JsonObject document)
    {
        var examples = new List<JsonNode>();
        if (media["example"] is { } example) examples.Add(example.DeepClone());
        if (media["examples"] is JsonObject named)
        {
            foreach (var (_, value) in named)
            {
                var resolved = value is JsonObject o && o["$ref"] is not null ? ResolveIn(document, o) : value as JsonObject;
                if (resolved?["value"] is { } v) examples.Add(v.DeepClone());
            }
        }

        if (schema["example"] is { } schemaExample) examples.Add(schemaExample.DeepClone());
        return examples;
    }

    private static JsonObject ResolveIn(JsonObject document, JsonObject node)
    {
        JsonNode? target = document;
        foreach (var part in node["$ref"]!.GetValue<string>().TrimStart('#', '/').Split('/')) target = target?[part];
        return (JsonObject)target!;
    }

    private static string Normalize(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static JsonObject ReadDocument() => JsonNode.Parse(SpecDocument.JsonTextAsync().GetAwaiter().GetResult())!.AsObject();
}
