using LiveChat.Partners.Serialization;
using Microsoft.Kiota.Abstractions.Serialization;

namespace LiveChat.Partners;

/// <summary>
/// The LiveChat Partner Program API v2. Its request builders read like the API's URLs below <c>/v2/partners</c>:
/// <c>client.Tokens</c>, <c>client.Affiliates.Livechat.Campaigns</c>, <c>client.Resellers.Licenses["123"].Invoices</c>.
/// </summary>
/// <remarks>
/// <para>Thread-safe: create one and share it (or register it with <c>services.AddLiveChatPartnersClient</c>).</para>
/// <para>Every non-2xx answer throws <see cref="Models.ErrorResponse"/>.</para>
/// <para>To mock it, pass a mocked <see cref="Microsoft.Kiota.Abstractions.IRequestAdapter"/> to the
/// <see cref="LiveChatPartnersClient(Microsoft.Kiota.Abstractions.IRequestAdapter)"/> constructor; the hand-written
/// helpers (<c>GetWithdrawalInvoiceAsync</c>...) are <c>virtual</c>.</para>
/// </remarks>
public partial class LiveChatPartnersClient : IDisposable
{
    private readonly HttpClient? _ownedHttpClient;

    /// <summary>A client for the production API (<c>https://api.livechatinc.com</c>).</summary>
    /// <param name="token">Your API token (Partner dashboard, API tokens).</param>
    /// <example><code>var client = new LiveChatPartnersClient("my-token");
    /// var profile = await client.GetAsync();</code></example>
    public LiveChatPartnersClient(string token)
        : this(new LiveChatPartnersClientOptions { Token = RequireToken(token) })
    {
    }

    /// <summary>A client for another origin, such as the local mock server; <c>/v2/partners</c> is appended.</summary>
    /// <param name="token">Your API token.</param>
    /// <param name="baseUrl">The origin, for example <c>http://127.0.0.1:5080</c>. HTTPS unless loopback.</param>
    public LiveChatPartnersClient(string token, Uri baseUrl)
        : this(new LiveChatPartnersClientOptions { Token = RequireToken(token), BaseUrl = baseUrl ?? throw new ArgumentNullException(nameof(baseUrl)) })
    {
    }

    /// <summary>A client configured by <paramref name="options"/> (timeout, retries, user agent, transport, token provider).</summary>
    /// <param name="options">The settings; read once, later changes have no effect.</param>
    /// <exception cref="ArgumentException">No token, or a base URL that is neither HTTPS nor loopback.</exception>
    public LiveChatPartnersClient(LiveChatPartnersClientOptions options)
        : this(options, SdkParseNodeFactories.Create())
    {
    }

    /// <summary>
    /// A client reading responses with <paramref name="parseNodeFactory"/> instead of the SDK's own readers (the
    /// benchmarks compare the SDK on Kiota's stock JSON reader with this).
    /// </summary>
    internal LiveChatPartnersClient(LiveChatPartnersClientOptions options, IParseNodeFactory parseNodeFactory)
        : this(LiveChatPartnersSettings.From(options ?? throw new ArgumentNullException(nameof(options))), options.HttpMessageHandler, parseNodeFactory)
    {
    }

    private LiveChatPartnersClient(LiveChatPartnersSettings settings, HttpMessageHandler? primary, IParseNodeFactory parseNodeFactory)
        : this(LiveChatPartnersPipeline.CreateHttpClient(settings, primary), settings, ownsHttpClient: true, parseNodeFactory)
    {
    }

    /// <summary>Used by dependency injection: <paramref name="httpClient"/> already runs the SDK's handlers.</summary>
    internal LiveChatPartnersClient(HttpClient httpClient, LiveChatPartnersSettings settings, bool ownsHttpClient)
        : this(httpClient, settings, ownsHttpClient, SdkParseNodeFactories.Create())
    {
    }

    private LiveChatPartnersClient(HttpClient httpClient, LiveChatPartnersSettings settings, bool ownsHttpClient, IParseNodeFactory parseNodeFactory)
        : this(CreateAdapter(httpClient, settings, parseNodeFactory))
    {
        if (ownsHttpClient) _ownedHttpClient = httpClient;
    }

    /// <summary>Disposes the HTTP resources this client created (not a handler or adapter you passed in).</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Disposes the HTTP resources this client created.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing) _ownedHttpClient?.Dispose();
    }

    // JSON responses are read by the SDK's FastJsonParseNodeFactory, text ones by Kiota's (SdkParseNodeFactories);
    // SdkRequestAdapter refuses an empty path id before anything is sent and expands URLs from parsed templates.
    private static SdkRequestAdapter CreateAdapter(HttpClient httpClient, LiveChatPartnersSettings settings, IParseNodeFactory parseNodeFactory) =>
        new(httpClient, settings, parseNodeFactory);

    private static string RequireToken(string token) =>
        string.IsNullOrWhiteSpace(token)
            ? throw new ArgumentException("A LiveChat Partners API token is required.", nameof(token))
            : token;
}
