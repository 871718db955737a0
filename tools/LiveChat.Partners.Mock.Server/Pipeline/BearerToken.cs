namespace LiveChat.Partners.Mock.Pipeline;

/// <summary><c>Authorization: Bearer &lt;token&gt;</c>, read once per request: the token, or why there is none.</summary>
/// <param name="Value">The token, or null.</param>
/// <param name="Problem">Why no token could be read (empty when <paramref name="Value"/> is set).</param>
public sealed record BearerToken(string? Value, string Problem)
{
    /// <summary>Reads the header.</summary>
    public static BearerToken Parse(string header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return new BearerToken(null, "missing Authorization header");
        }

        var parts = header.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase) || parts[1].Trim().Contains(' '))
        {
            return new BearerToken(null, "malformed Authorization header: expected 'Bearer <YOUR_API_TOKEN>'");
        }

        return new BearerToken(parts[1].Trim(), string.Empty);
    }
}
