using System.Net.Http.Headers;

namespace LiveChat.Partners;

/// <summary>
/// Adds <c>Authorization: Bearer</c> to requests for the configured API base URL, and only to those: any other
/// destination (the Recurly host, a redirect elsewhere, a raw URL) goes without the token.
/// </summary>
internal sealed class BearerTokenHandler(LiveChatPartnersSettings settings) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri;
        if (uri is not null && !RequestState.IsRecurly(request) && settings.IsApiUrl(uri))
        {
            // The base URL was checked at construction; this guards requests re-targeted afterwards.
            if (!HostGuard.IsSecureForToken(uri))
                throw new InvalidOperationException(
                    $"Refusing to send the LiveChat Partners API token over plain HTTP to '{uri.GetLeftPart(UriPartial.Authority)}': use HTTPS (plain HTTP is allowed only to loopback).");

            var token = await settings.TokenProvider(cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrWhiteSpace(token))
                throw new InvalidOperationException("The LiveChat Partners token provider returned an empty token.");
            token = token.Trim();
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            RequestState.SetSentToken(request, token);
        }
        else
        {
            request.Headers.Authorization = null;
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
