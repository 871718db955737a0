using NSwag;

namespace LiveChat.Partners.Mock.Spec;

/// <summary>
/// The Partner API OpenAPI document loaded once at start-up: the single source of the mock's routes,
/// request validation, forced (<c>Prefer</c>) responses and strict response checks.
/// </summary>
public sealed class PartnerApiDocument
{
    private const string MockHost = "127.0.0.1";

    private PartnerApiDocument(OpenApiDocument document, string path, string yaml)
    {
        Document = document;
        FilePath = path;
        Yaml = yaml;
        var globalBearer = document.Security is { Count: > 0 };
        Operations = document.Paths
            .SelectMany(path => path.Value.ActualPathItem.Select(method => new SpecOperation(
                method.Key,
                RouteFor(document, path.Value.ActualPathItem, path.Key),
                method.Value,
                method.Value.Security is null ? globalBearer : method.Value.Security.Count > 0)))
            .ToList();
        ByOperationId = Operations.ToDictionary(o => o.OperationId, StringComparer.Ordinal);
    }

    /// <summary>The NSwag document.</summary>
    public OpenApiDocument Document { get; }

    /// <summary>Where the document was read from.</summary>
    public string FilePath { get; }

    /// <summary>The raw YAML (served at <c>/docs/livechat-partners.yaml</c>).</summary>
    public string Yaml { get; }

    /// <summary>Every operation of the document.</summary>
    public IReadOnlyList<SpecOperation> Operations { get; }

    /// <summary>The operations by operationId.</summary>
    public IReadOnlyDictionary<string, SpecOperation> ByOperationId { get; }

    /// <summary>Loads and parses the document.</summary>
    public static async Task<PartnerApiDocument> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var yaml = await File.ReadAllTextAsync(path, cancellationToken);
        var document = await OpenApiYamlDocument.FromYamlAsync(yaml, path, cancellationToken);
        return new PartnerApiDocument(document, path, yaml);
    }

    /// <summary>
    /// An example of <paramref name="schema"/> documented anywhere in the document (a response or request
    /// example whose schema is the same), for forced responses whose own status shows none.
    /// </summary>
    public object? FindExample(NJsonSchema.JsonSchema schema)
    {
        var target = schema.ActualSchema;
        var media = Operations.SelectMany(o => o.Operation.ActualResponses.Values.SelectMany(r => r.ActualResponse.Content?.Values ?? []))
            .Where(m => m.Schema is not null && ReferenceEquals(m.Schema.ActualSchema, target));
        foreach (var candidate in media)
        {
            if (candidate.Examples is { Count: > 0 })
            {
                var example = candidate.Examples.First().Value;
                return example.ActualExample?.Value ?? example.Value;
            }

            if (candidate.Example is not null)
            {
                return candidate.Example;
            }
        }

        return target.Example;
    }

    /// <summary>Finds the operation serving <paramref name="method"/> <paramref name="path"/>.</summary>
    public OperationMatch Match(string method, string path)
    {
        var candidates = Operations
            .Select(o => (Operation: o, Parameters: o.MatchPath(path)))
            .Where(c => c.Parameters is not null)
            .OrderByDescending(c => c.Operation.LiteralSegments)
            .ToList();
        var hit = candidates.FirstOrDefault(c => string.Equals(c.Operation.Method, method, StringComparison.OrdinalIgnoreCase));
        if (hit.Operation is not null)
        {
            return new OperationMatch(hit.Operation, hit.Parameters!, []);
        }

        return new OperationMatch(null, new Dictionary<string, string>(), candidates.Select(c => c.Operation.Method).Distinct().ToList());
    }

    /// <summary>
    /// The route the mock serves an operation on: the path of the mock's server (the one on 127.0.0.1,
    /// else the first) of the path item's own <c>servers</c> or of the document's, then the path.
    /// </summary>
    private static string RouteFor(OpenApiDocument document, OpenApiPathItem item, string path)
    {
        var servers = item.Servers is { Count: > 0 } ? item.Servers : document.Servers;
        var server = servers.FirstOrDefault(s => s.Url.Contains(MockHost, StringComparison.Ordinal)) ?? servers.FirstOrDefault();
        var basePath = server is null ? string.Empty : new Uri(server.Url).AbsolutePath.TrimEnd('/');
        var route = basePath + "/" + path.TrimStart('/');
        return route.Length > 1 ? route.TrimEnd('/') : route;
    }
}
