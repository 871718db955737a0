namespace LiveChat.Partners.Mock.Sandboxes;

/// <summary>What <c>POST /_mock/sandboxes</c> answers: the account and a token that authenticates for it.</summary>
public sealed record SandboxCredentials(string PartnerId, string Login, string Password, string Token);
