using System.Globalization;
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
        var path = request.Path.Value ?? "/";
        var operation = admin.Document.Operations.FirstOrDefault(o => string.Equals(o.Method, request.Method, StringComparison.OrdinalIgnoreCase) && o.MatchesPath(path));
        if (operation is null)
        {
            var methods = admin.Document.MethodsAt(path);
            if (methods.Count == 0)
            {
                return AdminJson.Error(404, $"no admin operation at {request.Method} {path}");
            }

            http.Response.Headers.Allow = string.Join(", ", methods);
            return AdminJson.Error(405, $"{request.Method} is not allowed on {path}; allowed: {string.Join(", ", methods)}");
        }

        // The admin routes use the document's parameter names, so routing's values are the document's parameters.
        var parameters = operation.PathParameterNames.ToDictionary(name => name, name => Convert.ToString(request.RouteValues[name], CultureInfo.InvariantCulture) ?? string.Empty);
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, http.RequestAborted);
        var result = validator.Validate(operation, parameters, request.Query, request.ContentType, new RequestBody(buffer.ToArray()));
        if (!result.IsValid)
        {
            return AdminJson.Error(result.Status, result.Message, result.Fields);
        }

        AdminJson.KeepBody(http, result.JsonBody);
        return await next(context); // a refusal thrown by the handler (ApiErrorException) gets the same error body from ErrorHandlingMiddleware
    }
}
