namespace LiveChat.Partners.Mock.Domain.Account;

/// <summary>The server-wide index that lets a bearer token find its sandbox.</summary>
public interface ITokenIndex
{
    /// <summary>Makes <paramref name="token"/> authenticate for <paramref name="partnerId"/>.</summary>
    void Add(string token, string partnerId);

    /// <summary>Stops <paramref name="token"/> from authenticating.</summary>
    void Remove(string token);
}
