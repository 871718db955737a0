using System.Text.RegularExpressions;
using NSwag;

namespace LiveChat.Partners.Mock.Spec;

/// <summary>One operation of the Partner API document, with the route the mock serves it on.</summary>
public sealed class SpecOperation
{
    private readonly Regex _pathPattern;

    internal SpecOperation(string method, string route, OpenApiOperation operation, bool requiresBearer)
    {
        Method = method.ToUpperInvariant();
        Route = route;
        Operation = operation;
        RequiresBearer = requiresBearer;
        var segments = route.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        LiteralSegments = segments.Count(s => !s.StartsWith('{'));
        var pattern = string.Join("/", segments.Select(s => s.StartsWith('{')
            ? $"(?<{s.Trim('{', '}')}>[^/]+)"
            : Regex.Escape(s)));
        _pathPattern = new Regex($"^/{pattern}/?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }

    /// <summary>The operationId (<c>createLiveChatCampaign</c>).</summary>
    public string OperationId => Operation.OperationId;

    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>The absolute route template on the mock (<c>/v2/partners/affiliates/livechat/campaigns/{slug}</c>).</summary>
    public string Route { get; }

    /// <summary>The NSwag description of the operation (parameters, body, responses).</summary>
    public OpenApiOperation Operation { get; }

    /// <summary>Whether the bearer token is required (<c>security: []</c> makes an operation public).</summary>
    public bool RequiresBearer { get; }

    /// <summary>How many literal segments the route has: the more, the more specific.</summary>
    public int LiteralSegments { get; }

    /// <summary>Matches a request path; on success returns the path parameters, unescaped.</summary>
    public IReadOnlyDictionary<string, string>? MatchPath(string path)
    {
        var match = _pathPattern.Match(path);
        if (!match.Success)
        {
            return null;
        }

        return _pathPattern.GetGroupNames()
            .Where(name => !int.TryParse(name, out _))
            .ToDictionary(name => name, name => Uri.UnescapeDataString(match.Groups[name].Value));
    }
}
