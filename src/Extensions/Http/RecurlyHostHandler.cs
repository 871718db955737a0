namespace LiveChat.Partners;

/// <summary>
/// Sends the Recurly token call (<c>GET /js/v1/token</c>) to Recurly's own origin. The generated client addresses every
/// operation below the API base URL (Kiota uses the document's first server only), so this handler moves that one
/// request to <see cref="LiveChatPartnersSettings.RecurlyBaseUrl"/>, keeps its query, and strips any credentials:
/// card data goes to Recurly, the Partner API token never does.
/// </summary>
internal sealed class RecurlyHostHandler(LiveChatPartnersSettings settings) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (settings.IsRecurlyTokenCallOnApiHost(request.RequestUri))
        {
            var original = request.RequestUri!;
            var rewritten = new UriBuilder(settings.RecurlyBaseUrl)
            {
                Path = LiveChatPartnersSettings.RecurlyTokenPath,
                Query = original.Query.TrimStart('?'),
            };
            request.RequestUri = rewritten.Uri;
            request.Headers.Authorization = null;
            RequestState.MarkRecurly(request);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
