using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>
/// Turns domain refusals (<see cref="ApiErrorException"/>) into the error body, a request Kestrel found malformed
/// while the body was read (<see cref="BadHttpRequestException"/>: a body sent too slowly, a bad chunk, a body
/// cut short) into one log line and its status, and anything unexpected into a logged 500.
/// </summary>
public sealed partial class ErrorHandlingMiddleware(RequestDelegate next, ILogger<ErrorHandlingMiddleware> logger)
{
    /// <summary>Kestrel's message when the connection ends before the body does (its reason code is internal).</summary>
    private const string UnexpectedEndOfBody = "Unexpected end of request content";

    /// <summary>Runs the request.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (ApiErrorException error) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            await context.WriteErrorAsync(error.IsServerLimit ? ResponseOrigin.Limit : ResponseOrigin.Operation, error);
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            // Kestrel's body limit (Mock:MaxBodyBytes) hit while reading a chunked body or an admin request.
            context.Response.Clear();
            await context.WriteErrorAsync(ResponseOrigin.Limit, 413, "request body is too large", [new ErrorField("body", "is larger than the server accepts")]);
        }
        catch (BadHttpRequestException error) when (error.Message.StartsWith(UnexpectedEndOfBody, StringComparison.Ordinal))
        {
            // The client closed the connection in the middle of its body: nobody is left to answer (journalled as dropped).
            LogClientGone(logger, context.Request.Method, context.Request.Path.Value);
            context.Drop(ResponseOrigin.Mock);
        }
        catch (BadHttpRequestException error)
        {
            // The client's fault, not the mock's: no stack trace, and an answer when the client can still get one.
            LogBadRequest(logger, context.Request.Method, context.Request.Path.Value, error.StatusCode, error.Message);
            if (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                context.Response.Clear();
                await context.WriteErrorAsync(ResponseOrigin.Mock, error.StatusCode, $"bad request: {error.Message}", [new ErrorField("body", error.Message)]);
            }
        }
        catch (Exception error) when (context.RequestAborted.IsCancellationRequested && error is OperationCanceledException or IOException)
        {
            // The client went away (or a drop fault closed the connection): nobody is left to answer.
            LogClientGone(logger, context.Request.Method, context.Request.Path.Value);
        }
        catch (Exception error) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            LogUnexpected(logger, error, context.Request.Method, context.Request.Path.Value);

            // A bug of the mock is not the operation's answer: strict mode lets this 500 through as it is.
            context.Response.Clear();
            await context.WriteErrorAsync(ResponseOrigin.Mock, 500, $"internal error in the mock server: {error.GetType().Name}: {error.Message}");
        }
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Bad request {Method} {Path}: {Status} {Reason}")]
    private static partial void LogBadRequest(ILogger logger, string method, string? path, int status, string reason);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Client closed the connection during {Method} {Path}")]
    private static partial void LogClientGone(ILogger logger, string method, string? path);

    [LoggerMessage(EventId = 12, Level = LogLevel.Error, Message = "Unexpected error in {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception error, string method, string? path);
}
