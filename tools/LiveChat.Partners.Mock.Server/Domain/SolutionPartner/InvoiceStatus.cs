namespace LiveChat.Partners.Mock.Domain.SolutionPartner;

/// <summary>The state of a license invoice (<c>status</c> on the wire; the reference shows only <c>paid</c>).</summary>
public enum InvoiceStatus
{
    /// <summary><c>paid</c>.</summary>
    Paid,
}
