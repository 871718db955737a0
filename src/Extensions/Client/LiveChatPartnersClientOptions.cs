namespace LiveChat.Partners;

/// <summary>
/// Settings of a <see cref="LiveChatPartnersClient"/>: token, base URL, timeout, retries, user agent and transport.
/// </summary>
/// <remarks>
/// Bindable from configuration (<c>Token</c>, <c>BaseUrl</c>, <c>RecurlyBaseUrl</c>, <c>Timeout</c>, <c>UserAgent</c>,
/// <c>Retry:*</c>); <see cref="TokenProvider"/>, <see cref="HttpMessageHandler"/> and <see cref="TimeProvider"/> are set in code.
/// </remarks>
public sealed class LiveChatPartnersClientOptions
{
    /// <summary>The configuration section that <c>AddLiveChatPartnersClient(IConfiguration)</c> reads by convention.</summary>
    public const string SectionName = "LiveChatPartners";

    /// <summary>The production API origin, <c>https://api.livechatinc.com</c>.</summary>
    public static Uri ProductionBaseUrl { get; } = new("https://api.livechatinc.com");

    /// <summary>The production Recurly origin, <c>https://api.recurly.com</c>, that serves the Recurly token call.</summary>
    public static Uri ProductionRecurlyBaseUrl { get; } = new("https://api.recurly.com");

    /// <summary>The API token sent as <c>Authorization: Bearer</c>. Either this or <see cref="TokenProvider"/> is required.</summary>
    public string? Token { get; set; }

    /// <summary>
    /// A callback that returns the current API token, called before every request (use it for rotating tokens).
    /// Takes precedence over <see cref="Token"/>.
    /// </summary>
    public Func<CancellationToken, Task<string>>? TokenProvider { get; set; }

    /// <summary>
    /// The API origin, for example <c>http://127.0.0.1:5080</c> for the mock server; <c>/v2/partners</c> is appended
    /// unless the URL already ends with it. Defaults to <see cref="ProductionBaseUrl"/>. Must be HTTPS unless it is a
    /// loopback address.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// The origin that serves the Recurly token call (<c>GET /js/v1/token</c>). Defaults to
    /// <see cref="ProductionRecurlyBaseUrl"/> with the production API, and to the origin of <see cref="BaseUrl"/>
    /// otherwise (the mock server serves it at its root). The API token is never sent there.
    /// </summary>
    public Uri? RecurlyBaseUrl { get; set; }

    /// <summary>How long one attempt may wait for the response headers. Defaults to 100 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Automatic retries of transient failures. Set <see cref="LiveChatPartnersRetryOptions.MaxRetries"/> to 0 to turn them off.</summary>
    public LiveChatPartnersRetryOptions Retry { get; set; } = new();

    /// <summary>Your product token (for example <c>MyAgencyTool/1.2</c>), sent before the SDK's own in the <c>User-Agent</c> header.</summary>
    public string? UserAgent { get; set; }

    /// <summary>
    /// The innermost handler that sends requests (a proxy, custom certificates, a test double). The SDK's own handlers
    /// (errors, retries, token, Recurly host) are always put in front of it. The client does not dispose it.
    /// </summary>
    public HttpMessageHandler? HttpMessageHandler { get; set; }

    /// <summary>The clock for retry delays and timeouts. Defaults to <see cref="System.TimeProvider.System"/>.</summary>
    public TimeProvider? TimeProvider { get; set; }
}
