using LiveChat.Partners.Mock.Validation;

namespace LiveChat.Partners.Mock.Admin;

/// <summary>
/// Validates every admin request against <c>openapi/mock-admin.yaml</c> with the Partner API's validator
/// (parameters, media type, body schema) before its handler runs, and answers a refusal with the Partner API's
/// error body. A path the document does not describe is <c>404</c>.
/// </summary>
public sealed class AdminRequestValidation(AdminApiDocument admin, RequestValidator validator) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var match = admin.Document.Match(request.Method, request.Path.Value ?? "/");
        if (match.Operation is null)
        {
            return match.AllowedMethods.Count > 0
                ? AdminJson.Error(405, $"{request.Method} is not allowed on {request.Path}; allowed: {string.Join(", ", match.AllowedMethods)}")
                : AdminJson.Error(404, $"no admin operation at {request.Method} {request.Path}");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, http.RequestAborted);
        var result = validator.Validate(match.Operation, match.PathParameters, request.Query, request.ContentType, buffer.ToArray());
        if (!result.IsValid)
        {
            return AdminJson.Error(result.Status, result.Message, result.Fields);
        }

        AdminJson.KeepBody(http, result.JsonBody);
        return await next(context); // a refusal thrown by the handler (ApiErrorException) gets the same error body from ErrorHandlingMiddleware
    }
}
