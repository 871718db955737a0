namespace LiveChat.Partners;

/// <summary>Per-request facts that one handler records for another (kept in the request's options).</summary>
internal static class RequestState
{
    private const string RecurlyKey = "LiveChat.Partners.Recurly";

    /// <summary>The token this request carries (set by <see cref="BearerTokenHandler"/>), for redaction.</summary>
    public static string? GetSentToken(HttpRequestMessage request) => request.Headers.Authorization?.Parameter;

    public static void MarkRecurly(HttpRequestMessage request) => Set(request, RecurlyKey, true);

    public static bool IsRecurly(HttpRequestMessage request) => Get(request, RecurlyKey) is true;

#if NET5_0_OR_GREATER
    private static void Set(HttpRequestMessage request, string key, object value) =>
        request.Options.Set(new HttpRequestOptionsKey<object>(key), value);

    private static object? Get(HttpRequestMessage request, string key) =>
        request.Options.TryGetValue(new HttpRequestOptionsKey<object>(key), out var value) ? value : null;
#else
    private static void Set(HttpRequestMessage request, string key, object value) => request.Properties[key] = value;

    private static object? Get(HttpRequestMessage request, string key) =>
        request.Properties.TryGetValue(key, out var value) ? value : null;
#endif
}
