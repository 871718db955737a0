using LiveChat.Partners.Mock.Errors;
using Microsoft.AspNetCore.Http.Features;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>
/// Refuses, before routing, a request target whose path is ambiguous: a <c>.</c> or <c>..</c> segment (also
/// <c>%2e%2e</c>, or <c>..%2F</c> once decoded), an empty segment (<c>//</c>, <c>%2F%2F</c>), a backslash (also
/// <c>%5C</c>). Kestrel would resolve some of them itself (<c>/v2/partners/../../_mock/sandboxes</c> becomes
/// <c>/_mock/sandboxes</c>), so the rule reads the target as the client sent it: <c>400</c> naming the path, never
/// another resource than the one written. HTTP clients resolve dot segments before sending (RFC 3986, 5.2.4).
/// </summary>
public sealed class RequestTargetGuardMiddleware(RequestDelegate next)
{
    /// <summary>Runs the request, or answers <c>400</c> when its path is ambiguous.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var problem = Problem(string.IsNullOrEmpty(raw) ? context.Request.PathBase.Add(context.Request.Path).ToUriComponent() : raw);
        if (problem is null)
        {
            await next(context);
            return;
        }

        await ErrorBody.WriteAsync(context, StatusCodes.Status400BadRequest, $"path: {problem}", [new ErrorField("path", problem)], context.RequestAborted);
    }

    /// <summary>What is ambiguous in <paramref name="target"/> (origin or absolute form), or null.</summary>
    public static string? Problem(string target)
    {
        var path = PathOf(target);
        if (path.Contains('\\', StringComparison.Ordinal))
        {
            return "must not contain a backslash";
        }

        var decoded = Uri.UnescapeDataString(path);
        if (decoded.Contains('\\', StringComparison.Ordinal))
        {
            return "must not contain an encoded backslash (%5C)";
        }

        var segments = decoded.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            if (segments[i] is "." or "..")
            {
                return "must not contain '.' or '..' segments (plain or percent-encoded): send the resolved path";
            }

            if (segments[i].Length == 0 && i < segments.Length - 1)
            {
                return "must not contain empty segments (//)";
            }
        }

        return null;
    }

    private static string PathOf(string target)
    {
        var scheme = target.IndexOf("://", StringComparison.Ordinal);
        if (!target.StartsWith('/') && scheme > 0)
        {
            var slash = target.IndexOf('/', scheme + 3);
            target = slash < 0 ? "/" : target[slash..];
        }

        var query = target.IndexOfAny(['?', '#']);
        return query < 0 ? target : target[..query];
    }
}
