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

    /// <summary>
    /// The methods the document serves at <paramref name="path"/> (empty: no such path). Only for a request routing
    /// matched to no operation, to tell 404 from 405 and fill <c>Allow</c>.
    /// </summary>
    public IReadOnlyList<string> MethodsAt(string path) =>
        Operations.Where(o => o.MatchesPath(path)).Select(o => o.Method).Distinct().ToList();

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
