namespace LiveChat.Partners.Mock.Domain.Experts;

/// <summary>The state of an Expert profile (<c>status</c> on the wire).</summary>
public enum ExpertStatus
{
    /// <summary><c>pending</c>: saved, waiting for verification.</summary>
    Pending,

    /// <summary><c>verified</c>.</summary>
    Verified,

    /// <summary><c>rejected</c>.</summary>
    Rejected,
}
