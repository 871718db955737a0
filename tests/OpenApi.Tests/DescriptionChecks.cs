using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.OpenApi.Tests;

/// <summary>
/// Every operation, parameter, schema and property says what it is, so that Kiota's XML docs, the
/// TypeScript types' JSDoc and the rendered docs read like a hand-written reference. A property that
/// points at a shared schema carries its own description in an <c>allOf</c> wrapper: a description beside
/// a bare <c>$ref</c> is ignored by OpenAPI 3.0 tools, so the generated docs would fall back to "The X property".
/// </summary>
internal static class DescriptionChecks
{
    public static IReadOnlyList<string> Missing(JObject document)
    {
        var problems = new List<string>();
        foreach (var op in SpecOperation.All(document))
        {
            if (IsBlank(op.Operation["description"]))
            {
                problems.Add($"{op}: no description");
            }

            foreach (var parameter in ((JArray?)op.Operation["parameters"] ?? []).OfType<JObject>())
            {
                var resolved = JsonReferences.Resolve(document, parameter);
                if (IsBlank(resolved["description"]))
                {
                    problems.Add($"{op}: parameter '{resolved["name"]}' has no description");
                }
            }
        }

        foreach (var (path, item) in ((JObject)document["paths"]!).Properties().Select(p => (p.Name, (JObject)p.Value)))
        {
            if (!path.EndsWith('}') && path != "/" && IsBlank(item["description"]))
            {
                problems.Add($"path {path}: no description (its request builder would say \"The ... property\")");
            }
        }

        foreach (var prefix in PathSegments(document).Where(p => document["paths"]![p] is null))
        {
            problems.Add($"path {prefix}: a segment with no path item, so its request builder has no description");
        }

        foreach (var schema in ((JObject?)document.SelectToken("components.schemas") ?? []).Properties())
        {
            var node = (JObject)schema.Value;
            if (IsBlank(node["description"]))
            {
                problems.Add($"schema {schema.Name}: no description");
            }

            Properties(node, schema.Name, problems);
        }

        return problems;
    }

    private static void Properties(JObject schema, string where, List<string> problems)
    {
        foreach (var property in ((JObject?)schema["properties"] ?? []).Properties())
        {
            var node = (JObject)property.Value;
            var name = $"{where}.{property.Name}";
            if (node["$ref"] is not null)
            {
                problems.Add($"schema {name}: a bare $ref, so its description cannot be its own (wrap it: allOf: [$ref] with a description)");
            }
            else if (IsBlank(node["description"]))
            {
                problems.Add($"schema {name}: no description");
            }

            Properties(node, name, problems);
            if (node["items"] is JObject items)
            {
                Properties(items, name + "[]", problems);
            }
        }
    }

    /// <summary>Every path prefix that ends on a literal segment: each becomes a request builder property.</summary>
    private static IEnumerable<string> PathSegments(JObject document) =>
        ((JObject)document["paths"]!).Properties()
            .SelectMany(p =>
            {
                var segments = p.Name.Trim('/').Split('/');
                return Enumerable.Range(1, segments.Length)
                    .Where(n => !segments[n - 1].StartsWith('{') && segments[n - 1].Length > 0)
                    .Select(n => "/" + string.Join('/', segments.Take(n)));
            })
            .Distinct();

    private static bool IsBlank(JToken? text) => string.IsNullOrWhiteSpace((string?)text);
}
