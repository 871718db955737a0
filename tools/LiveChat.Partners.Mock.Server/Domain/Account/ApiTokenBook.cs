using System.Security.Cryptography;
using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Domain.Account;

/// <summary>The account's API tokens: create (label unique, 409 when taken), list, revoke.</summary>
public sealed class ApiTokenBook(string partnerId, ITokenIndex index)
{
    /// <summary>Where the tokens are indexed for authentication (an imported state is built unindexed, then indexed).</summary>
    internal ITokenIndex Index { get; set; } = index;

    private readonly List<ApiToken> _tokens = [];
    private long _lastId;

    /// <summary>Most objects of this kind (creating one more gets 429).</summary>
    public ObjectCap Cap { get; set; } = ObjectCap.None;

    /// <summary>The active tokens, newest first.</summary>
    public IReadOnlyList<ApiToken> Active => _tokens.OrderByDescending(t => t.Id).ToList();

    /// <summary>Creates a token; 409 when <paramref name="label"/> is already taken.</summary>
    public ApiToken Create(string label, DateTimeOffset now, string? secret = null)
    {
        if (_tokens.Any(t => string.Equals(t.Label, label, StringComparison.OrdinalIgnoreCase)))
        {
            throw ApiErrorException.Conflict("label was already taken", "label");
        }

        Cap.EnsureRoom(_tokens.Count, "API tokens");

        var token = new ApiToken(++_lastId, secret ?? NewSecret(), now, label);
        _tokens.Add(token);
        Index.Add(token.Token, partnerId);
        return token;
    }

    /// <summary>Revokes a token; 400 when no active token has <paramref name="id"/>.</summary>
    public void Revoke(long id)
    {
        var token = _tokens.FirstOrDefault(t => t.Id == id)
            ?? throw ApiErrorException.Validation("token_id", "no active token has this id");
        _tokens.Remove(token);
        Index.Remove(token.Token);
    }

    /// <summary>Adds an imported token as it was (its id, secret and time); the next id follows the largest.</summary>
    public void Restore(ApiToken token)
    {
        _tokens.Add(token);
        Index.Add(token.Token, partnerId);
        _lastId = Math.Max(_lastId, token.Id);
    }

    /// <summary>Forgets every token (sandbox reset or deletion).</summary>
    public void RevokeAll()
    {
        foreach (var token in _tokens)
        {
            Index.Remove(token.Token);
        }

        _tokens.Clear();
    }

    /// <summary>A new random secret, unique across the server.</summary>
    public static string NewSecret() => "lcp_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
}
