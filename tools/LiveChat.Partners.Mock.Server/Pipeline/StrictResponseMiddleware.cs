using LiveChat.Partners.Mock.Hosting;
using LiveChat.Partners.Mock.Validation;
using Microsoft.Extensions.Options;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>
/// Strict mode (<c>--strict</c>, always on in tests): every answer to an operation is checked against
/// the document's response for that status before it leaves. A mismatch is logged as an error and the
/// client gets a 500 that says what does not match. Answers that are not the operation's (faults, limits such
/// as 413, 415 and 429, errors of the mock: <see cref="ResponseOrigins.IsOperationAnswer"/>) are not checked.
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
        if (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        if (request.Operation is not null && request.Origin.IsOperationAnswer())
        {
            var problem = validator.Validate(request.Operation, context.Response.StatusCode, context.Response.ContentType, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            if (problem is not null)
            {
                logger.LogError("Strict response check failed: {Problem}", problem);
                context.Response.Headers.Clear();
                context.Response.ContentLength = null;
                await context.WriteErrorAsync(ResponseOrigin.Mock, 500, $"strict response check failed: {problem}");
                return;
            }
        }

        await original.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
    }
}
