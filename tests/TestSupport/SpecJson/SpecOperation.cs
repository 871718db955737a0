using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.TestSupport.SpecJson;

/// <summary>One operation of the document (<see cref="SpecDocument.JsonAsync"/>): its path, HTTP method and JSON node.</summary>
/// <param name="Path">The path template.</param>
/// <param name="Method">The HTTP method, lower case.</param>
/// <param name="PathItem">The path item holding the operation.</param>
/// <param name="Operation">The operation.</param>
public sealed record SpecOperation(string Path, string Method, JObject PathItem, JObject Operation)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    /// <summary>The operation's <c>operationId</c>.</summary>
    public string? OperationId => (string?)Operation["operationId"];

    /// <inheritdoc />
    public override string ToString() => $"{Method.ToUpperInvariant()} {Path} ({OperationId ?? "no operationId"})";

    /// <summary>Every operation of a document, in document order.</summary>
    /// <param name="document">The document as JSON.</param>
    public static IReadOnlyList<SpecOperation> All(JObject document) =>
        ((JObject?)document["paths"] ?? [])
            .Properties()
            .SelectMany(path => ((JObject)path.Value).Properties()
                .Where(p => Methods.Contains(p.Name))
                .Select(p => new SpecOperation(path.Name, p.Name, (JObject)path.Value, (JObject)p.Value)))
            .ToList();

    /// <summary>The operation's parameters, those of its path item included, with references resolved.</summary>
    /// <param name="document">The document the operation is in.</param>
    public IEnumerable<JObject> Parameters(JObject document) =>
        ((JArray?)PathItem["parameters"] ?? [])
            .Concat((JArray?)Operation["parameters"] ?? [])
            .Select(p => JsonReferences.Resolve(document, (JObject)p));
}
