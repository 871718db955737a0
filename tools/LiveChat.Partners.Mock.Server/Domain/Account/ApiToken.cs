namespace LiveChat.Partners.Mock.Domain.Account;

/// <summary>An API token: sent as <c>Authorization: Bearer &lt;token&gt;</c> until it is revoked.</summary>
/// <param name="Id">The token's id.</param>
/// <param name="Token">The secret.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="Label">Its label, unique in the account.</param>
public sealed record ApiToken(long Id, string Token, DateTimeOffset CreatedAt, string Label);
