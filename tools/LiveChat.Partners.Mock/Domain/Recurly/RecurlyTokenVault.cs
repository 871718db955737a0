using System.Collections.Concurrent;
using System.Security.Cryptography;
using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Domain.Recurly;

/// <summary>
/// The Recurly tokens the mock issued. Like Recurly's, a token is single-use: the subscription or billing
/// call that accepts it consumes it. Tokens are not tied to a sandbox (the Recurly call takes no Partner
/// token), so any sandbox may redeem any unused token once.
/// </summary>
public sealed class RecurlyTokenVault
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private readonly ConcurrentDictionary<string, byte> _unused = new(StringComparer.Ordinal);

    /// <summary>Issues a new token.</summary>
    public string Issue()
    {
        var token = RandomNumberGenerator.GetString(Alphabet, 22);
        _unused[token] = 0;
        return token;
    }

    /// <summary>Consumes <paramref name="token"/>; 400 when it was never issued or is already used.</summary>
    public void Redeem(string token)
    {
        if (!_unused.TryRemove(token, out _))
        {
            throw ApiErrorException.Validation("token", "is not a valid Recurly token (unknown or already used)");
        }
    }

    /// <summary>Whether <paramref name="token"/> could be redeemed now (no side effect).</summary>
    public bool IsUnused(string token) => _unused.ContainsKey(token);
}
