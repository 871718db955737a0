using LiveChat.Partners.Mock.Sandboxes;
using LiveChat.Partners.Mock.Spec;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>
/// Maps a Partner API request once into its <see cref="MockRequest"/>: the operation from the endpoint routing
/// already matched (its <see cref="SpecOperation"/> metadata; no second scan of the document), the path parameters
/// from the route values, the bearer token parsed once and the sandbox it authenticates for.
/// </summary>
public sealed class MockRequestMiddleware(RequestDelegate next, SandboxRegistry registry, TimeProvider time)
{
    /// <summary>Runs the request.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var operation = context.GetEndpoint()?.Metadata.GetMetadata<SpecOperation>();
        var token = BearerToken.Parse(context.Request.Headers.Authorization.ToString());
        var sandbox = token.Value is null ? null : registry.FindByToken(token.Value);
        context.Features.Set(new MockRequest
        {
            Received = sandbox?.Now ?? time.GetUtcNow(), // a sandbox's requests are on its clock
            Sandbox = sandbox,
            Operation = operation,
            PathParameters = operation is null ? new Dictionary<string, string>() : PathParameters(operation, context.Request.RouteValues),
            Token = token,
        });
        return next(context);
    }

    /// <summary>
    /// The operation's path parameters as sent. Routing leaves <c>%2F</c> escaped in a value; it is unescaped here
    /// so validation sees the value the client meant.
    /// </summary>
    private static Dictionary<string, string> PathParameters(SpecOperation operation, RouteValueDictionary values)
    {
        var parameters = new Dictionary<string, string>(operation.PathParameterNames.Count, StringComparer.Ordinal);
        foreach (var name in operation.PathParameterNames)
        {
            if (values.TryGetValue(name, out var value) && value?.ToString() is { } raw)
            {
                parameters[name] = Uri.UnescapeDataString(raw);
            }
        }

        return parameters;
    }
}
