using System.Reflection;

namespace LiveChat.Partners;

/// <summary>Validated, immutable settings derived from <see cref="LiveChatPartnersClientOptions"/>, shared by the handlers.</summary>
internal sealed class LiveChatPartnersSettings
{
    internal const string ApiBasePath = "/v2/partners";
    internal const string RecurlyTokenPath = "/js/v1/token";

    private LiveChatPartnersSettings(
        Uri apiBaseUrl,
        Uri recurlyBaseUrl,
        Func<CancellationToken, Task<string>> tokenProvider,
        string? staticToken,
        TimeSpan timeout,
        RetryPolicy retry,
        string userAgent,
        TimeProvider timeProvider)
    {
        ApiBaseUrl = apiBaseUrl;
        RecurlyBaseUrl = recurlyBaseUrl;
        TokenProvider = tokenProvider;
        StaticToken = staticToken;
        Timeout = timeout;
        Retry = retry;
        UserAgent = userAgent;
        TimeProvider = timeProvider;
        _apiPathPrefix = apiBaseUrl.AbsolutePath.TrimEnd('/');
        _recurlyOnApiHostPath = _apiPathPrefix + RecurlyTokenPath;
    }

    // Read from ApiBaseUrl once: every request is checked against them.
    private readonly string _apiPathPrefix;
    private readonly string _recurlyOnApiHostPath;

    /// <summary>The API base URL including <c>/v2/partners</c>, without a trailing slash.</summary>
    public Uri ApiBaseUrl { get; }

    /// <summary>The origin that serves <c>/js/v1/token</c>.</summary>
    public Uri RecurlyBaseUrl { get; }

    public Func<CancellationToken, Task<string>> TokenProvider { get; }

    public string? StaticToken { get; }

    public TimeSpan Timeout { get; }

    public RetryPolicy Retry { get; }

    public string UserAgent { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>The base URL as Kiota's request adapter wants it (no trailing slash).</summary>
    public string ApiBaseUrlString => ApiBaseUrl.AbsoluteUri.TrimEnd('/');

    public static LiveChatPartnersSettings From(LiveChatPartnersClientOptions options, TimeProvider? fallbackTimeProvider = null)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));

        Func<CancellationToken, Task<string>> tokenProvider;
        string? staticToken = null;
        if (options.TokenProvider is { } provider)
        {
            tokenProvider = provider;
        }
        else if (!string.IsNullOrWhiteSpace(options.Token))
        {
            staticToken = options.Token!.Trim();
            var task = Task.FromResult(staticToken);
            tokenProvider = _ => task;
        }
        else
        {
            throw new ArgumentException(
                "A LiveChat Partners API token is required: set LiveChatPartnersClientOptions.Token (configuration key 'Token') or TokenProvider.",
                nameof(options));
        }

        var apiBase = BuildApiBaseUrl(options.BaseUrl ?? LiveChatPartnersClientOptions.ProductionBaseUrl);
        HostGuard.EnsureSecureForToken(apiBase, "BaseUrl");

        var recurly = options.RecurlyBaseUrl ?? DefaultRecurlyBaseUrl(apiBase);
        recurly = OriginOf(recurly, "RecurlyBaseUrl");
        HostGuard.EnsureSecureForToken(recurly, "RecurlyBaseUrl");

        if (options.Timeout <= TimeSpan.Zero && options.Timeout != System.Threading.Timeout.InfiniteTimeSpan)
            throw new ArgumentException("Timeout must be positive (or Timeout.InfiniteTimeSpan).", nameof(options));

        return new LiveChatPartnersSettings(
            apiBase,
            recurly,
            tokenProvider,
            staticToken,
            options.Timeout,
            RetryPolicy.From(options.Retry ?? new LiveChatPartnersRetryOptions()),
            BuildUserAgent(options.UserAgent),
            options.TimeProvider ?? fallbackTimeProvider ?? TimeProvider.System);
    }

    /// <summary>True when <paramref name="uri"/> is the API base URL or below it (same scheme, host, port and path prefix).</summary>
    public bool IsApiUrl(Uri? uri) => IsUnder(uri, ApiBaseUrl, _apiPathPrefix);

    /// <summary>True when <paramref name="uri"/> is the Recurly token call as Kiota addresses it (below the API base URL).</summary>
    public bool IsRecurlyTokenCallOnApiHost(Uri? uri) =>
        IsUnder(uri, ApiBaseUrl, _recurlyOnApiHostPath);

    private static bool IsUnder(Uri? uri, Uri origin, string pathPrefix)
    {
        if (uri is null || !uri.IsAbsoluteUri) return false;
        // Scheme, host and port, as Uri.Compare(SchemeAndServer) compares them, without building the components' strings.
        if (uri.Port != origin.Port
            || !string.Equals(uri.Scheme, origin.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(uri.IdnHost, origin.IdnHost, StringComparison.OrdinalIgnoreCase))
            return false;
        var path = uri.AbsolutePath;
        if (!path.StartsWith(pathPrefix, StringComparison.Ordinal)) return false;
        return path.Length == pathPrefix.Length || path[pathPrefix.Length] == '/';
    }

    private static Uri BuildApiBaseUrl(Uri baseUrl)
    {
        if (!baseUrl.IsAbsoluteUri)
            throw new ArgumentException($"BaseUrl must be an absolute URL such as https://api.livechatinc.com (was '{baseUrl}').", nameof(baseUrl));
        if (!string.IsNullOrEmpty(baseUrl.Query) || !string.IsNullOrEmpty(baseUrl.Fragment))
            throw new ArgumentException("BaseUrl must not have a query or a fragment.", nameof(baseUrl));
        var path = baseUrl.AbsolutePath.TrimEnd('/');
        if (!path.EndsWith(ApiBasePath, StringComparison.OrdinalIgnoreCase)) path += ApiBasePath;
        return new UriBuilder(baseUrl.Scheme, baseUrl.Host, baseUrl.Port, path).Uri;
    }

    private static Uri DefaultRecurlyBaseUrl(Uri apiBase) =>
        string.Equals(apiBase.Host, LiveChatPartnersClientOptions.ProductionBaseUrl.Host, StringComparison.OrdinalIgnoreCase)
            ? LiveChatPartnersClientOptions.ProductionRecurlyBaseUrl
            : OriginOf(apiBase, "BaseUrl");

    private static Uri OriginOf(Uri uri, string name)
    {
        if (!uri.IsAbsoluteUri)
            throw new ArgumentException($"{name} must be an absolute URL (was '{uri}').", name);
        return new Uri(uri.GetLeftPart(UriPartial.Authority));
    }

    private static string BuildUserAgent(string? userAgent)
    {
        var version = typeof(LiveChatPartnersSettings).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+');
        if (plus >= 0) version = version.Substring(0, plus);
        var sdk = "LiveChat.Partners/" + version;
        return string.IsNullOrWhiteSpace(userAgent) ? sdk : userAgent!.Trim() + " " + sdk;
    }
}
