using LiveChat.Partners.Mock.Sandboxes;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>
/// Records every request, secrets redacted: in the journal of the sandbox its token authenticates for, or in the
/// server-wide <see cref="AnonymousJournal"/> when it authenticated for none (public calls, 401s).
/// </summary>
public sealed class JournalMiddleware(RequestDelegate next, TimeProvider time, AnonymousJournal anonymous)
{
    /// <summary>Runs the request, then records it.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var received = time.GetUtcNow();
        var contentType = context.Request.ContentType; // as sent: a later step may drop a body the operation does not take
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => SecretRedactor.Keep(h.Key, h.Value.ToString()));
        try
        {
            await next(context);
        }
        finally
        {
            var request = context.MockRequest();
            (request.Sandbox?.Journal ?? anonymous.Journal).Record(sequence => new JournalEntry(
                sequence,
                Domain.WireTime.Format(received),
                context.Request.Method,
                context.Request.Path.Value ?? "/",
                context.Request.Query.ToDictionary(q => q.Key, q => SecretRedactor.Keep(q.Key, q.Value.ToString())),
                headers,
                request.BodyRead ? SecretRedactor.Body(request.Body, contentType) : null,
                request.Operation?.OperationId,
                context.Response.StatusCode));
        }
    }
}
