namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>Reads <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
public static class BearerToken
{
    /// <summary>The token, or null with the reason it could not be read.</summary>
    public static string? From(string header, out string problem)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            problem = "missing Authorization header";
            return null;
        }

        var parts = header.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase) || parts[1].Trim().Contains(' '))
        {
            problem = "malformed Authorization header: expected 'Bearer <YOUR_API_TOKEN>'";
            return null;
        }

        problem = string.Empty;
        return parts[1].Trim();
    }
}
