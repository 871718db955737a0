namespace LiveChat.Partners.Mock.Domain.SolutionPartner;

/// <summary>A license's owner, administrator or agent.</summary>
public sealed record Operator(string Login, string Name, OperatorPermission Permission);
