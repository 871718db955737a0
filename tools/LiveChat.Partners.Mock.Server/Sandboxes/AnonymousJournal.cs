namespace LiveChat.Partners.Mock.Sandboxes;

/// <summary>
/// The server-wide journal of Partner API requests that authenticated for no sandbox: public calls (Recurly's
/// <c>GET /js/v1/token</c>, which a correct client sends without the API token), and requests refused for a
/// missing, malformed, unknown or revoked token. Read at <c>GET /_mock/journal</c>; secrets redacted as in a
/// sandbox's journal.
/// </summary>
public sealed class AnonymousJournal
{
    /// <summary>The recorded requests.</summary>
    public RequestJournal Journal { get; } = new();
}
