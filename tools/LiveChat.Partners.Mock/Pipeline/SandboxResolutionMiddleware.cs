using LiveChat.Partners.Mock.Sandboxes;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>Finds the sandbox a request's bearer token authenticates for (refusing is the authentication step's job).</summary>
public sealed class SandboxResolutionMiddleware(RequestDelegate next, SandboxRegistry registry)
{
    /// <summary>Runs the request.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var token = BearerToken.From(context.Request.Headers.Authorization.ToString(), out _);
        if (token is not null)
        {
            context.MockRequest().Sandbox = registry.FindByToken(token);
        }

        return next(context);
    }
}
