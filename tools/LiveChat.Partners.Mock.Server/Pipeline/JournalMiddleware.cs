using LiveChat.Partners.Mock.Sandboxes;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>
/// Records every request, secrets redacted, once it is over: in the journal of the sandbox its token authenticates
/// for, or in the server-wide <see cref="AnonymousJournal"/> when it authenticated for none (public calls, 401s).
/// It runs outside the error handler and strict mode, so it records the status the client received (a domain
/// refusal's 404, a strict-mode 500), or that the connection was dropped (status 0, <c>dropped</c>). Each answered
/// request is also counted for the coverage report, in its sandbox's tally and the server's.
/// </summary>
public sealed class JournalMiddleware(RequestDelegate next, AnonymousJournal anonymous, ServerCoverage coverage)
{
    /// <summary>Runs the request, then records it.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var contentType = context.Request.ContentType; // as sent: a later step may drop a body the operation does not take
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => SecretRedactor.Keep(h.Key, h.Value.ToString()));
        var escaped = false;
        try
        {
            await next(context);
        }
        catch
        {
            escaped = true; // past the error handler: Kestrel resets the connection (or answers 500 if nothing was sent)
            throw;
        }
        finally
        {
            var request = context.MockRequest();
            var dropped = request.Dropped || context.RequestAborted.IsCancellationRequested || (escaped && context.Response.HasStarted);
            var status = dropped ? 0 : escaped ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
            var origin = request.Origin.WireName();
            request.Sandbox?.Coverage.Record(request.Operation?.OperationId, status, origin);
            coverage.Tally.Record(request.Operation?.OperationId, status, origin);
            (request.Sandbox?.Journal ?? anonymous.Journal).Record(sequence => new JournalEntry(
                sequence,
                Domain.WireTime.Format(request.Received),
                context.Request.Method,
                context.Request.Path.Value ?? "/",
                context.Request.Query.ToDictionary(q => q.Key, q => SecretRedactor.Keep(q.Key, q.Value.ToString())),
                headers,
                request.BodyRead ? SecretRedactor.Body(request.Body, contentType) : null,
                request.Operation?.OperationId,
                status,
                dropped,
                origin));
        }
    }
}
