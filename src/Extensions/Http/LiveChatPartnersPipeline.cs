using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace LiveChat.Partners;

/// <summary>The SDK's handler chain, outermost first. Used by the constructors and by dependency injection.</summary>
internal static class LiveChatPartnersPipeline
{
    /// <summary>
    /// Retries (outermost: each attempt passes through everything below; the request adapter turns the final answer, if
    /// not 2xx, into an <see cref="Models.ErrorResponse"/>: <see cref="ApiErrors"/>),
    /// redirects (only within the API base: <see cref="RedirectPolicy"/>; each hop is re-checked below), the Recurly host rewrite (before the token, so Recurly never gets it),
    /// the token, the user agent, then the header inspection Kiota's <c>HeadersInspectionHandlerOption</c> on a request asks for (<see cref="HeaderInspectionHandler"/>).
    /// Kiota's query-name decoding handler is left out: it decodes names Kiota had to percent-encode (<c>%24select</c>),
    /// and no query name of this API is one (a test of the SDK reads every generated template).
    /// </summary>
    public static DelegatingHandler[] CreateHandlers(LiveChatPartnersSettings settings, bool followRedirects) =>
        followRedirects
            ? [new RetryHandler(settings), new RedirectHandler(RedirectPolicy.For(settings)), new RecurlyHostHandler(settings),
                new BearerTokenHandler(settings), new UserAgentHandler(settings), new HeaderInspectionHandler()]
            : [new RetryHandler(settings), new RecurlyHostHandler(settings),
                new BearerTokenHandler(settings), new UserAgentHandler(settings), new HeaderInspectionHandler()];

    /// <summary>The transport the SDK creates when none is given: Kiota's default (redirects left to the redirect handler).</summary>
    public static HttpMessageHandler CreatePrimaryHandler()
    {
        var handler = KiotaClientFactory.GetDefaultHttpMessageHandler();
#if NET8_0_OR_GREATER
        if (handler is SocketsHttpHandler sockets)
            sockets.PooledConnectionLifetime = TimeSpan.FromMinutes(5); // a long-lived client still sees DNS changes
#endif
        return handler;
    }

    /// <summary>Builds an <see cref="HttpClient"/> with the SDK's handlers in front of <paramref name="primary"/>.</summary>
    public static HttpClient CreateHttpClient(LiveChatPartnersSettings settings, HttpMessageHandler? primary)
    {
        var ownsPrimary = primary is null;
        var transport = primary is null ? CreatePrimaryHandler() : new NonDisposingHandler(primary);
        var handlers = CreateHandlers(settings, followRedirects: ownsPrimary);
        var first = KiotaClientFactory.ChainHandlersCollectionAndGetFirstLink(transport, handlers)!;
        return new HttpClient(first, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Keeps a caller's handler alive when the SDK's chain is disposed.</summary>
    private sealed class NonDisposingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2215", Justification = "base.Dispose would dispose the caller's handler, which this type exists to keep alive.")]
        protected override void Dispose(bool disposing)
        {
            // Do not dispose the caller's handler.
        }
    }
}
