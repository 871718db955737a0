using System.Collections.Concurrent;
using System.Globalization;

namespace LiveChat.Partners.Peers;

/// <summary>The answers the ceiling writes, by method and path; loaded once per row before the load runs.</summary>
internal sealed class CannedAnswers
{
    private readonly ConcurrentDictionary<(string Method, string Path), Answer> _answers = new();

    /// <summary>Stores the request's body as the answer to <c>?method=&amp;path=</c> with <c>?status=</c>; GET tells how many are stored.</summary>
    public async Task LoadAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await context.Response.WriteAsync($"{_answers.Count} answers stored", context.RequestAborted); // the harness's readiness check
            return;
        }

        var query = context.Request.Query;
        if (!HttpMethods.IsPut(context.Request.Method) || string.IsNullOrEmpty(query["method"]) || string.IsNullOrEmpty(query["path"])
            || !int.TryParse(query["status"], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("PUT /_ceiling?method=GET&path=/v2/partners&status=200 with the answer as the body", context.RequestAborted);
            return;
        }

        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var answer = new Answer(status, context.Request.ContentType ?? "application/json", body.ToArray());
        _answers[(query["method"].ToString().ToUpperInvariant(), query["path"].ToString())] = answer;
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>Writes the stored answer (404 when none is stored for the request's method and path).</summary>
    public Task WriteAsync(HttpContext context)
    {
        if (!_answers.TryGetValue((context.Request.Method, context.Request.Path.Value ?? "/"), out var answer))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = answer.ContentType;
        context.Response.ContentLength = answer.Body.Length;
        return context.Response.Body.WriteAsync(answer.Body, context.RequestAborted).AsTask();
    }

    private sealed record Answer(int Status, string ContentType, byte[] Body);
}
