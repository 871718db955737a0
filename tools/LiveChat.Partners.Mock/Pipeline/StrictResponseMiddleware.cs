using LiveChat.Partners.Mock.Errors;
using LiveChat.Partners.Mock.Hosting;
using LiveChat.Partners.Mock.Validation;
using Microsoft.Extensions.Options;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>
/// Strict mode (<c>--strict</c>, always on in tests): every answer to an operation is checked against
/// the document's response for that status before it leaves. A mismatch is logged as an error and the
/// client gets a 500 that says what does not match. Transport answers (413, 415, 429, injected faults)
/// are not the operation's and are not checked.
/// </summary>
public sealed class StrictResponseMiddleware(RequestDelegate next, IOptions<MockOptions> options, ResponseValidator validator, ILogger<StrictResponseMiddleware> logger)
{
    /// <summary>Runs the request.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        if (!options.Value.Strict)
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var request = context.MockRequest();
        var body = buffer.ToArray();
        if (request.Operation is not null && !request.AnsweredByTransport && !context.RequestAborted.IsCancellationRequested)
        {
            var problem = validator.Validate(request.Operation, context.Response.StatusCode, context.Response.ContentType, body);
            if (problem is not null)
            {
                logger.LogError("Strict response check failed: {Problem}", problem);
                context.Response.Headers.Clear();
                context.Response.ContentLength = null;
                await ErrorBody.WriteAsync(context, 500, $"strict response check failed: {problem}", null, context.RequestAborted);
                return;
            }
        }

        if (!context.RequestAborted.IsCancellationRequested)
        {
            await original.WriteAsync(body, context.RequestAborted);
        }
    }
}
