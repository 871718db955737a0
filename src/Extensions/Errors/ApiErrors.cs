using System.Text;
using System.Text.Json;
using LiveChat.Partners.Models;

namespace LiveChat.Partners;

/// <summary>
/// Every non-2xx answer as an <see cref="ErrorResponse"/> (the exception the generated docs name), whatever the status
/// and whether or not the document declares it, parsing the error body
/// <c>{"error": {"type", "message", "fields": [{"name", "reason"}]}}</c>, with the token redacted. The SDK's request adapter
/// throws it for the final answer (after retries and redirects), so a request's <c>ResponseHandlerOption</c> still gets
/// the raw answer, as with Kiota's adapter.
/// </summary>
internal static class ApiErrors
{
    /// <summary>Bodies longer than this are cut in <see cref="ErrorResponse.RawBody"/>.</summary>
    internal const int MaxBodyChars = 64 * 1024;

    /// <summary>The exception for a non-2xx <paramref name="response"/> to <paramref name="request"/>, which it disposes after reading the body.</summary>
    internal static async Task<ErrorResponse> CreateAsync(HttpRequestMessage request, HttpResponseMessage response, LiveChatPartnersSettings settings, CancellationToken cancellationToken)
    {
        using (response)
        {
            var body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
            return Create(request, response, body, settings);
        }
    }

    internal static ErrorResponse Create(HttpRequestMessage request, HttpResponseMessage response, string body, LiveChatPartnersSettings settings)
    {
        var secrets = new[] { RequestState.GetSentToken(request), settings.StaticToken };
        body = Redact(body, secrets);
        var error = ParseErrorBody(body);
        if (error?.Message is { } message) error.Message = Redact(message, secrets);
        var exception = new ErrorResponse(
            response.StatusCode,
            error,
            body,
            request.Method.Method,
            request.RequestUri,
            RetryAfterOf(response, settings.TimeProvider));
        foreach (var header in response.Headers)
            exception.ResponseHeaders[header.Key] = header.Value;
        if (response.Content is not null)
        {
            foreach (var header in response.Content.Headers)
                exception.ResponseHeaders[header.Key] = header.Value;
        }

        return exception;
    }

    internal static TimeSpan? RetryAfterOf(HttpResponseMessage response, TimeProvider timeProvider)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter is null) return null;
        if (retryAfter.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (retryAfter.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static async Task<string> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content is null) return string.Empty;
        try
        {
#if NET5_0_OR_GREATER
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
            var bytes = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
#endif
            var text = Encoding.UTF8.GetString(bytes);
            return text.Length > MaxBodyChars ? text.Substring(0, MaxBodyChars) : text;
        }
        catch (HttpRequestException)
        {
            return string.Empty;
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    private static string Redact(string text, string?[] secrets)
    {
        foreach (var secret in secrets)
        {
            if (!string.IsNullOrEmpty(secret) && text.Contains(secret!))
                text = text.Replace(secret!, "***");
        }

        return text;
    }

    /// <summary>The body's <c>error</c> object, or null when the body is not the documented shape (an HTML page from a proxy, say).</summary>
    private static ErrorDetail? ParseErrorBody(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return null;
            if (!document.RootElement.TryGetProperty("error", out var error)) return null;
            if (error.ValueKind == JsonValueKind.String) return new ErrorDetail { Message = error.GetString() };
            if (error.ValueKind != JsonValueKind.Object) return null;

            var fields = new List<ErrorField>();
            if (error.TryGetProperty("fields", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object)
                        fields.Add(new ErrorField { Name = StringOf(item, "name") ?? string.Empty, Reason = StringOf(item, "reason") ?? string.Empty });
                }
            }

            return new ErrorDetail
            {
                Type = StringOf(error, "type") ?? StringOf(error, "code"),
                Message = StringOf(error, "message"),
                Fields = fields,
            };
        }
        catch (JsonException)
        {
            // Not JSON: the raw body still says what happened.
            return null;
        }
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
