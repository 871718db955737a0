using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>
/// Where the pipeline writes its own answers, recording who answered (<see cref="MockRequest.Origin"/>) with the
/// status. The controllers' answers are the operation's (the default origin) and go through MVC.
/// </summary>
public static class MockResponse
{
    /// <summary>Writes the error body with <paramref name="status"/>.</summary>
    public static Task WriteErrorAsync(this HttpContext context, ResponseOrigin origin, int status, string message, IReadOnlyList<ErrorField>? fields = null)
    {
        context.MockRequest().Origin = origin;
        return ErrorBody.WriteAsync(context, status, message, fields, context.RequestAborted);
    }

    /// <summary>Writes a refusal thrown as an <see cref="ApiErrorException"/>.</summary>
    public static Task WriteErrorAsync(this HttpContext context, ResponseOrigin origin, ApiErrorException error) =>
        context.WriteErrorAsync(origin, error.Status, error.Message, error.Fields);

    /// <summary>Writes <paramref name="status"/> with a body (or none, when <paramref name="body"/> is null).</summary>
    public static async Task WriteAsync(this HttpContext context, ResponseOrigin origin, int status, string? contentType, ReadOnlyMemory<byte>? body)
    {
        context.MockRequest().Origin = origin;
        context.Response.StatusCode = status;
        if (body is { } bytes)
        {
            context.Response.ContentType = contentType;
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }

    /// <summary>Drops the connection without an answer.</summary>
    public static void Drop(this HttpContext context, ResponseOrigin origin)
    {
        var request = context.MockRequest();
        request.Origin = origin;
        request.Dropped = true;
        context.Abort();
    }
}
