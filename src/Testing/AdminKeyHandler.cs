namespace LiveChat.Partners.Testing;

/// <summary>
/// Sends the mock's admin key in <c>X-Mock-Admin-Key</c> on the kit's admin requests. (Kiota's own API-key provider
/// refuses plain http, and the mock listens on http loopback.)
/// </summary>
internal sealed class AdminKeyHandler(string header, string key, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(header);
        request.Headers.TryAddWithoutValidation(header, key);
        return base.SendAsync(request, cancellationToken);
    }
}
