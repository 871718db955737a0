using System.Diagnostics;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>One structured log line per request: sandbox, method, path (no query: it may carry card data), status, milliseconds.</summary>
public sealed class RequestLogMiddleware(RequestDelegate next, ILogger<RequestLogMiddleware> logger)
{
    /// <summary>Runs the request and logs it.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var sandbox = context.Features.Get<MockRequest>()?.Sandbox?.Id ?? "-";
            logger.LogInformation(
                "{Sandbox} {Method} {Path} {Status} {ElapsedMs:0.0}ms",
                sandbox,
                context.Request.Method,
                context.Request.Path.Value,
                context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted ? 499 : context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
