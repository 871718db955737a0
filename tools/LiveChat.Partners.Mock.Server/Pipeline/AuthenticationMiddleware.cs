using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>
/// Bearer auth as documented: an operation that needs the token answers 401 to a missing, malformed,
/// unknown or revoked one (or 403 when the operation documents 403 and not 401, as the logo upload does).
/// </summary>
public sealed class AuthenticationMiddleware(RequestDelegate next)
{
    /// <summary>Runs the request.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.MockRequest();
        var operation = request.Operation!;
        if (!operation.RequiresBearer || request.Sandbox is not null)
        {
            return next(context);
        }

        var message = request.Token.Value is null ? request.Token.Problem : "unknown or revoked API token";
        var responses = operation.Operation.ActualResponses;
        var status = !responses.ContainsKey("401") && responses.ContainsKey("403") ? 403 : 401;
        if (status == 401)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        return context.WriteErrorAsync(ResponseOrigin.Authentication, status, message, [new ErrorField("Authorization", message)]);
    }
}
