using LiveChat.Partners.Mock.Errors;
using LiveChat.Partners.Mock.Spec;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>Matches the request to an operation of the document: 404 for an unknown path, 405 (with <c>Allow</c>) for a wrong method.</summary>
public sealed class OperationMatchMiddleware(RequestDelegate next, PartnerApiDocument document)
{
    /// <summary>Runs the request.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.MockRequest();
        var match = document.Match(context.Request.Method, context.Request.Path.Value ?? "/");
        if (match.Operation is null)
        {
            request.AnsweredByTransport = true;
            if (match.AllowedMethods.Count == 0)
            {
                await ErrorBody.WriteAsync(context, 404, $"no operation is served at {context.Request.Path.Value}", null, context.RequestAborted);
                return;
            }

            context.Response.Headers.Allow = string.Join(", ", match.AllowedMethods);
            await ErrorBody.WriteAsync(context, 405, $"{context.Request.Method} is not allowed on {context.Request.Path.Value}; allowed: {string.Join(", ", match.AllowedMethods)}", null, context.RequestAborted);
            return;
        }

        request.Operation = match.Operation;
        request.PathParameters = match.PathParameters;
        await next(context);
    }
}
