namespace LiveChat.Partners.Mock.Domain.Withdrawals;

/// <summary>The state of a withdrawal (<c>status</c> on the wire).</summary>
public enum WithdrawalStatus
{
    /// <summary><c>pending</c>: requested, not paid yet.</summary>
    Pending,

    /// <summary><c>paid</c>: paid by PayPal.</summary>
    Paid,
}
