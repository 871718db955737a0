using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.TestSupport.SpecJson;

/// <summary>
/// Follows local <c>$ref</c>s (<c>#/components/...</c>) inside the document, and the one-element
/// <c>allOf: [$ref]</c> wrappers that give a referenced schema a description of its own.
/// </summary>
public static class JsonReferences
{
    /// <summary>The node <paramref name="node"/> stands for: its references and one-element <c>allOf</c> wrappers followed.</summary>
    /// <param name="document">The document as JSON.</param>
    /// <param name="node">A node of it.</param>
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

    /// <summary>The node a local reference (<c>#/components/...</c>) points at.</summary>
    /// <param name="document">The document as JSON.</param>
    /// <param name="reference">The reference.</param>
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
