namespace LiveChat.Partners.Mock.Sandboxes;

/// <summary>
/// The server-wide coverage tally: every Partner API request since start-up, whichever sandbox it authenticated
/// for (deleted and reset ones included) or none (public calls, refused tokens). Read at <c>GET /_mock/coverage</c>.
/// </summary>
public sealed class ServerCoverage
{
    /// <summary>The counts.</summary>
    public CoverageTally Tally { get; } = new();
}
