using LiveChat.Partners.Mock.Domain;

namespace LiveChat.Partners.Mock.Controllers.Wire;

/// <summary>Withdrawals as the API's wire types.</summary>
public static class WithdrawalWire
{
    /// <summary>A withdrawal.</summary>
    public static Contracts.Withdrawal ToContract(this Domain.Withdrawals.Withdrawal w) => new()
    {
        Withdrawal_id = w.Id,
        Request_timestamp = WireTime.Format(w.RequestedAt),
        Action_timestamp = WireTime.FormatOptional(w.ActionAt),
        Status = w.Status.Wire(),
        Amount = w.Amount,
        Invoice_id = w.InvoiceId,
    };
}
