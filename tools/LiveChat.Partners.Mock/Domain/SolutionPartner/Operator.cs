namespace LiveChat.Partners.Mock.Domain.SolutionPartner;

/// <summary>A license's owner, administrator or agent (permission <c>owner</c>, <c>administrator</c>, <c>normal</c>).</summary>
public sealed record Operator(string Login, string Name, string Permission);
