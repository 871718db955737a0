namespace LiveChat.Partners.Mock.Domain.SolutionPartner;

/// <summary>What an operator of a license may do (<c>permission</c> on the wire).</summary>
public enum OperatorPermission
{
    /// <summary><c>normal</c>: an agent.</summary>
    Normal,

    /// <summary><c>administrator</c>.</summary>
    Administrator,

    /// <summary><c>owner</c>: the one owner of the license.</summary>
    Owner,
}
