using System.Security.Cryptography;
using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Domain.Recurly;

/// <summary>
/// The Recurly tokens the mock issued. Like Recurly's, a token is single-use: the subscription or billing
/// call that accepts it consumes it. Tokens are not tied to a sandbox (the Recurly call takes no Partner
/// token), so any sandbox may redeem any unused token once. At most <see cref="Capacity"/> unused tokens are
/// kept: issuing one more forgets the oldest (as Recurly's expire), so an anonymous flood cannot grow memory.
/// </summary>
public sealed class RecurlyTokenVault(int capacity = RecurlyTokenVault.DefaultCapacity)
{
    /// <summary>Unused tokens kept by default.</summary>
    public const int DefaultCapacity = 10_000;

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private readonly Lock _gate = new();
    private readonly HashSet<string> _unused = new(StringComparer.Ordinal);
    private readonly Queue<string> _issued = new();

    /// <summary>How many unused tokens are kept at most.</summary>
    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), "must be positive");

    /// <summary>Issues a new token.</summary>
    public string Issue()
    {
        var token = RandomNumberGenerator.GetString(Alphabet, 22);
        lock (_gate)
        {
            _unused.Add(token);
            _issued.Enqueue(token);
            while (_unused.Count > Capacity && _issued.TryDequeue(out var oldest))
            {
                _unused.Remove(oldest);
            }

            // Redeemed tokens leave the set but stay queued; drop them once the queue is twice the set.
            if (_issued.Count > 2 * Capacity)
            {
                var kept = _issued.Where(_unused.Contains).ToList();
                _issued.Clear();
                kept.ForEach(_issued.Enqueue);
            }
        }

        return token;
    }

    /// <summary>Consumes <paramref name="token"/>; 400 when it was never issued, is already used, or was forgotten.</summary>
    public void Redeem(string token)
    {
        lock (_gate)
        {
            if (_unused.Remove(token))
            {
                return;
            }
        }

        throw ApiErrorException.Validation("token", "is not a valid Recurly token (unknown, expired or already used)");
    }

    /// <summary>Whether <paramref name="token"/> could be redeemed now (no side effect).</summary>
    public bool IsUnused(string token)
    {
        lock (_gate)
        {
            return _unused.Contains(token);
        }
    }
}
