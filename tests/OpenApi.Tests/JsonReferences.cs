using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.OpenApi.Tests;

/// <summary>
/// Follows local <c>$ref</c>s (<c>#/components/...</c>) inside the document, and the one-element
/// <c>allOf: [$ref]</c> wrappers that give a referenced schema a description of its own.
/// </summary>
internal static class JsonReferences
{
    public static JObject Resolve(JObject document, JObject node)
    {
        var seen = 0;
        while (seen++ < 16)
        {
            if (node["$ref"] is JValue reference)
            {
                node = Follow(document, (string)reference!);
            }
            else if (node["allOf"] is JArray { Count: 1 } only && only[0] is JObject inner)
            {
                node = Resolve(document, inner);
            }
            else
            {
                break;
            }
        }
        return node;
    }

    public static JObject Follow(JObject document, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Only local references are used in this document, found '{reference}'.");
        }
        JToken current = document;
        foreach (var segment in reference[2..].Split('/'))
        {
            var name = segment.Replace("~1", "/").Replace("~0", "~");
            current = current[name] ?? throw new InvalidOperationException($"Reference '{reference}' does not resolve (no '{name}').");
        }
        return (JObject)current;
    }
}
