using System.Globalization;
using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>Applies the sandbox's armed fault rules: a status with the error body, a delay, or a dropped connection.</summary>
public sealed class FaultInjectionMiddleware(RequestDelegate next, TimeProvider time)
{
    /// <summary>Runs the request.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.MockRequest();
        var rule = request.Sandbox?.Faults.TryTake(context.Request.Method, context.Request.Path.Value ?? "/");
        if (rule is null)
        {
            await next(context);
            return;
        }

        if (rule.DelayMilliseconds > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(rule.DelayMilliseconds), time, context.RequestAborted);
        }

        if (rule.Drop)
        {
            context.Drop(ResponseOrigin.Fault);
            return;
        }

        if (rule.Status is { } status)
        {
            if (status == 429)
            {
                context.Response.Headers.RetryAfter = (rule.RetryAfterSeconds ?? 1).ToString(CultureInfo.InvariantCulture);
            }

            await context.WriteErrorAsync(ResponseOrigin.Fault, status, $"injected fault #{rule.Id}: {ErrorType.ForStatus(status)}");
            return;
        }

        await next(context);
    }
}
