using System.Diagnostics;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>
/// One structured log line per request: sandbox, method, path (no query: it may carry card data), status,
/// milliseconds. Silence it under load as with any ASP.NET category:
/// <c>Logging__LogLevel__LiveChat.Partners.Mock.Pipeline.RequestLogMiddleware=Warning</c>.
/// </summary>
public sealed partial class RequestLogMiddleware(RequestDelegate next, ILogger<RequestLogMiddleware> logger)
{
    /// <summary>Runs the request and logs it.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            LogRequest(
                logger,
                context.Features.Get<MockRequest>()?.Sandbox?.Id ?? "-",
                context.Request.Method,
                context.Request.Path.Value,
                context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted ? 499 : context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Sandbox} {Method} {Path} {Status} {ElapsedMs:0.0}ms")]
    private static partial void LogRequest(ILogger logger, string sandbox, string method, string? path, int status, double elapsedMs);
}
