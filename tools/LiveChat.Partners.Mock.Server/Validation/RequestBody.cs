namespace LiveChat.Partners.Mock.Validation;

/// <summary>
/// A request body, read once: its bytes, and its JSON parsed on first use and then shared (request validation,
/// model binding and the journal all read the same <see cref="Json"/>).
/// </summary>
public sealed class RequestBody(byte[] bytes)
{
    private ParsedJson? _json;

    /// <summary>No body.</summary>
    public static RequestBody Empty { get; } = new([]);

    /// <summary>The bytes as sent.</summary>
    public byte[] Bytes { get; } = bytes;

    /// <summary>The body as JSON (parsed now if nobody asked before).</summary>
    public ParsedJson Json => _json ??= JsonBody.Parse(Bytes);

    /// <summary>The JSON if somebody already parsed it, without parsing.</summary>
    public ParsedJson? ParsedSoFar => _json;
}
