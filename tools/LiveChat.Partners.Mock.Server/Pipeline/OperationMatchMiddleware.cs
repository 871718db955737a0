using LiveChat.Partners.Mock.Spec;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>
/// Answers a request routing matched to no operation of the document: 404 for an unknown path, 405 (with
/// <c>Allow</c>) for a method the path does not have. Matched requests pass straight on.
/// </summary>
public sealed class OperationMatchMiddleware(RequestDelegate next, PartnerApiDocument document)
{
    /// <summary>Runs the request.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        if (context.MockRequest().Operation is not null)
        {
            return next(context);
        }

        var path = context.Request.Path.Value ?? "/";
        var methods = document.MethodsAt(path);
        if (methods.Count == 0)
        {
            return context.WriteErrorAsync(ResponseOrigin.Mock, 404, $"no operation is served at {path}");
        }

        context.Response.Headers.Allow = string.Join(", ", methods);
        return context.WriteErrorAsync(ResponseOrigin.Mock, 405, $"{context.Request.Method} is not allowed on {path}; allowed: {string.Join(", ", methods)}");
    }
}
