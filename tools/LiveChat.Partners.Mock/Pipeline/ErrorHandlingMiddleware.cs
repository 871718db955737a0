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
            context.Response.Clear();
            await ErrorBody.WriteAsync(context, error, context.RequestAborted);
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
