using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.OpenApi.Tests;

/// <summary>One operation of the document: its path, HTTP method and JSON node.</summary>
internal sealed record SpecOperation(string Path, string Method, JObject PathItem, JObject Operation)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    public string? OperationId => (string?)Operation["operationId"];

    public override string ToString() => $"{Method.ToUpperInvariant()} {Path} ({OperationId ?? "no operationId"})";

    /// <summary>Every operation of a document, in document order.</summary>
    public static IReadOnlyList<SpecOperation> All(JObject document) =>
        ((JObject?)document["paths"] ?? [])
            .Properties()
            .SelectMany(path => ((JObject)path.Value).Properties()
                .Where(p => Methods.Contains(p.Name))
                .Select(p => new SpecOperation(path.Name, p.Name, (JObject)path.Value, (JObject)p.Value)))
            .ToList();

    /// <summary>The operation's parameters, those of its path item included, with references resolved.</summary>
    public IEnumerable<JObject> Parameters(JObject document) =>
        ((JArray?)PathItem["parameters"] ?? [])
            .Concat((JArray?)Operation["parameters"] ?? [])
            .Select(p => JsonReferences.Resolve(document, (JObject)p));
}
