namespace LiveChat.Partners;

/// <summary>Sends <c>User-Agent: [your product] LiveChat.Partners/{version}</c> on every request.</summary>
internal sealed class UserAgentHandler(LiveChatPartnersSettings settings) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove("User-Agent");
        request.Headers.TryAddWithoutValidation("User-Agent", settings.UserAgent);
        return base.SendAsync(request, cancellationToken);
    }
}
