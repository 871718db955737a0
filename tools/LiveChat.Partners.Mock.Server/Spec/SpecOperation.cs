using System.Text.RegularExpressions;
using NSwag;

namespace LiveChat.Partners.Mock.Spec;

/// <summary>
/// One operation of the Partner API document, with the route the mock serves it on. Routing matches requests to
/// it (it is the metadata of its endpoint, see <see cref="SpecRouteConvention"/>); <see cref="MatchesPath"/> is
/// only for telling 404 from 405 when routing matched nothing.
/// </summary>
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
        PathParameterNames = segments.Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}')).ToList();
        var pattern = string.Join("/", segments.Select(s => s.StartsWith('{') ? "[^/]+" : Regex.Escape(s)));
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

    /// <summary>The names of the route's path parameters, in order.</summary>
    public IReadOnlyList<string> PathParameterNames { get; }

    /// <summary>Whether <paramref name="path"/> is this operation's route (whatever the method).</summary>
    public bool MatchesPath(string path) => _pathPattern.IsMatch(path);
}
