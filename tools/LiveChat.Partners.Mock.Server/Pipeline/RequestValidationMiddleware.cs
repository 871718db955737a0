using LiveChat.Partners.Mock.Validation;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>Validates parameters, media type and body against the document before any behaviour runs (400 / 415).</summary>
public sealed class RequestValidationMiddleware(RequestDelegate next, RequestValidator validator)
{
    /// <summary>Runs the request.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.MockRequest();
        var result = validator.Validate(request.Operation!, request.PathParameters, context.Request.Query, context.Request.ContentType, request.Body);
        if (result.IsValid)
        {
            IgnoreUndocumentedBody(context, request);
            return next(context);
        }

        // 415 is a limit of the mock (the document lists it for no operation): strict mode lets it through.
        return context.WriteErrorAsync(result.Status == 415 ? ResponseOrigin.Limit : ResponseOrigin.Validation, result.Status, result.Message, result.Fields);
    }

    /// <summary>
    /// A body sent to an operation that documents none (a GET with a form, say) is ignored, as servers do: without
    /// this, MVC would try to read it as a form and its failure would become an undocumented 400.
    /// </summary>
    private static void IgnoreUndocumentedBody(HttpContext context, MockRequest request)
    {
        if (request.Operation!.Operation.ActualRequestBody is { Content.Count: > 0 } || string.IsNullOrEmpty(context.Request.ContentType))
        {
            return;
        }

        context.Request.Headers.ContentType = Microsoft.Extensions.Primitives.StringValues.Empty;
        context.Request.ContentLength = 0;
        context.Request.Body = Stream.Null;
    }
}
