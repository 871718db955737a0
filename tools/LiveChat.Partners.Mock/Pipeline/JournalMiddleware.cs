using LiveChat.Partners.Mock.Sandboxes;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>Records every request of an authenticated sandbox in its journal, secrets redacted.</summary>
public sealed class JournalMiddleware(RequestDelegate next, TimeProvider time)
{
    /// <summary>Runs the request, then records it.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var received = time.GetUtcNow();
        try
        {
            await next(context);
        }
        finally
        {
            var request = context.MockRequest();
            request.Sandbox?.Journal.Record(sequence => new JournalEntry(
                sequence,
                Domain.WireTime.Format(received),
                context.Request.Method,
                context.Request.Path.Value ?? "/",
                context.Request.Query.ToDictionary(q => q.Key, q => SecretRedactor.Keep(q.Key, q.Value.ToString())),
                context.Request.Headers.ToDictionary(h => h.Key, h => SecretRedactor.Keep(h.Key, h.Value.ToString())),
                request.BodyRead ? SecretRedactor.Body(request.Body, context.Request.ContentType) : null,
                request.Operation?.OperationId,
                context.Response.StatusCode));
        }
    }
}
