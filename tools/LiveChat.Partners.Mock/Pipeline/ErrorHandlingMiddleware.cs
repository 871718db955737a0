using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>Turns domain refusals (<see cref="ApiErrorException"/>) into the error body, and anything unexpected into a logged 500.</summary>
public sealed class ErrorHandlingMiddleware(RequestDelegate next, ILogger<ErrorHandlingMiddleware> logger)
{
    /// <summary>Runs the request.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (ApiErrorException error) when (!context.Response.HasStarted)
        {
            context.MockRequest().AnsweredByTransport |= error.IsServerLimit;
            context.Response.Clear();
            await ErrorBody.WriteAsync(context, error, context.RequestAborted);
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            // Kestrel's body limit (Mock:MaxBodyBytes) hit while reading a chunked body or an admin request.
            context.MockRequest().AnsweredByTransport = true;
            context.Response.Clear();
            await ErrorBody.WriteAsync(context, 413, "request body is too large", [new ErrorField("body", "is larger than the server accepts")], context.RequestAborted);
        }
        catch (BadHttpRequestException)
        {
            // A transport failure (a body sent too slowly, a malformed chunk): Kestrel answers it and closes the connection.
            throw;
        }
        catch (Exception error) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(error, "Unexpected error in {Method} {Path}", context.Request.Method, context.Request.Path.Value);

            // A bug of the mock is not the operation's answer: strict mode lets this 500 through as it is.
            context.MockRequest().AnsweredByTransport = true;
            context.Response.Clear();
            await ErrorBody.WriteAsync(context, 500, $"internal error in the mock server: {error.GetType().Name}: {error.Message}", null, context.RequestAborted);
        }
    }
}
