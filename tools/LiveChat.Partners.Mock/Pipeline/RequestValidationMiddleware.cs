using LiveChat.Partners.Mock.Errors;
using LiveChat.Partners.Mock.Validation;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>Validates parameters, media type and body against the document before any behaviour runs (400 / 415).</summary>
public sealed class RequestValidationMiddleware(RequestDelegate next, RequestValidator validator)
{
    /// <summary>Runs the request.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.MockRequest();
        var result = validator.Validate(request.Operation!, request.PathParameters, context.Request.Query, context.Request.ContentType, request.Body);
        if (result.IsValid)
        {
            await next(context);
            return;
        }

        request.AnsweredByTransport = result.Status == 415;
        await ErrorBody.WriteAsync(context, result.Status, result.Message, result.Fields, context.RequestAborted);
    }
}
