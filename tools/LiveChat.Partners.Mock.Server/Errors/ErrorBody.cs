using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.Mock.Errors;

/// <summary>
/// Builds and writes the one error body every 4xx/5xx of the mock uses:
/// <c>{"error": {"type", "message", "fields": [{"name", "reason"}]}}</c>.
/// </summary>
public static class ErrorBody
{
    /// <summary>Builds the body for <paramref name="status"/>.</summary>
    public static JObject Create(int status, string message, IReadOnlyList<ErrorField>? fields = null)
    {
        var error = new JObject
        {
            ["type"] = ErrorType.ForStatus(status),
            ["message"] = message,
        };
        if (fields is { Count: > 0 })
        {
            error["fields"] = new JArray(fields.Select(f => new JObject { ["name"] = f.Name, ["reason"] = f.Reason }));
        }

        return new JObject { ["error"] = error };
    }

    /// <summary>Builds the message that lists every field: <c>name: reason; other: reason</c>.</summary>
    public static string MessageFor(IReadOnlyList<ErrorField> fields) =>
        string.Join("; ", fields.Select(f => $"{f.Name}: {f.Reason}"));

    /// <summary>Writes the error body as the response (the response must not have started).</summary>
    public static async Task WriteAsync(HttpContext context, int status, string message, IReadOnlyList<ErrorField>? fields = null, CancellationToken cancellationToken = default)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(Create(status, message, fields).ToString(Formatting.None), cancellationToken);
    }

    /// <summary>Writes an <see cref="ApiErrorException"/> as the response.</summary>
    public static Task WriteAsync(HttpContext context, ApiErrorException error, CancellationToken cancellationToken = default) =>
        WriteAsync(context, error.Status, error.Message, error.Fields, cancellationToken);
}
