using System.Net.Http.Headers;

namespace LiveChat.Partners;

/// <summary>
/// Adds <c>Authorization: Bearer</c> to requests for the configured API base URL, and only to those: any other
/// destination (the Recurly host, a redirect elsewhere, a raw URL) goes without the token.
/// </summary>
/// <remarks>A configured token (<see cref="LiveChatPartnersSettings.StaticToken"/>) is one header value made once; a token
/// provider is asked on every request.</remarks>
internal sealed class BearerTokenHandler(LiveChatPartnersSettings settings) : DelegatingHandler
{
    private readonly AuthenticationHeaderValue? _staticAuthorization =
        settings.StaticToken is { } token ? new AuthenticationHeaderValue("Bearer", token) : null;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri;
        if (uri is null || RequestState.IsRecurly(request) || !settings.IsApiUrl(uri))
        {
            request.Headers.Authorization = null;
            return base.SendAsync(request, cancellationToken);
        }

        // The base URL was checked at construction; this guards requests re-targeted afterwards.
        if (!HostGuard.IsSecureForToken(uri))
            throw new InvalidOperationException(
                $"Refusing to send the LiveChat Partners API token over plain HTTP to '{uri.GetLeftPart(UriPartial.Authority)}': use HTTPS (plain HTTP is allowed only to loopback).");

        if (_staticAuthorization is null) return SendWithProvidedTokenAsync(request, cancellationToken);
        request.Headers.Authorization = _staticAuthorization;
        return base.SendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendWithProvidedTokenAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await settings.TokenProvider(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(token))
            throw new InvalidOperationException("The LiveChat Partners token provider returned an empty token.");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Trim());
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
