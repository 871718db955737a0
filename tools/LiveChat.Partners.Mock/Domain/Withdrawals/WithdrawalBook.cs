using LiveChat.Partners.Mock.Domain.Account;
using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Domain.Withdrawals;

/// <summary>
/// Withdrawals: 409 without billing information, 403 under the $50 minimum; the whole balance moves to
/// the new (pending) withdrawal. Invoices are found by their <c>YYYY/M/{partner_id}</c> id.
/// </summary>
public sealed class WithdrawalBook(string partnerId)
{
    /// <summary>The smallest amount that can be withdrawn.</summary>
    public const decimal Minimum = 50m;

    private readonly List<Withdrawal> _withdrawals = [];
    private long _lastId;

    /// <summary>Most objects of this kind (creating one more gets 429).</summary>
    public int Cap { get; set; } = int.MaxValue;

    /// <summary>Withdrawals requested in <paramref name="range"/>, newest first.</summary>
    public IReadOnlyList<Withdrawal> In(DateRange range) =>
        _withdrawals.Where(w => range.Contains(w.RequestedAt)).OrderByDescending(w => w.RequestedAt).ToList();

    /// <summary>Adds a seeded withdrawal.</summary>
    public void Seed(Withdrawal withdrawal)
    {
        _withdrawals.Add(withdrawal);
        _lastId = Math.Max(_lastId, withdrawal.Id);
    }

    /// <summary>Requests a withdrawal of the whole balance.</summary>
    public Withdrawal Request(Earnings earnings, BillingInfo? billing, DateTimeOffset now)
    {
        if (billing is null)
        {
            throw ApiErrorException.Conflict("billing info not found, update billing first");
        }

        if (earnings.Balance < Minimum)
        {
            throw ApiErrorException.Forbidden($"not enough money to withdraw (min. ${Minimum:0}, balance ${earnings.Balance:0.##})");
        }

        Hosting.MockServerLimits.EnsureRoom(_withdrawals.Count, Cap, "withdrawals");

        var withdrawal = new Withdrawal(++_lastId, now, null, "pending", earnings.Balance, Withdrawal.InvoiceIdFor(now, partnerId));
        earnings.Pending += withdrawal.Amount;
        earnings.Balance = 0;
        _withdrawals.Add(withdrawal);
        return withdrawal;
    }

    /// <summary>The withdrawal invoiced as <paramref name="invoiceId"/>; 403 when there is none.</summary>
    public Withdrawal InvoiceOf(string invoiceId) =>
        _withdrawals.Where(w => w.InvoiceId == invoiceId).OrderByDescending(w => w.RequestedAt).FirstOrDefault()
        ?? throw ApiErrorException.Forbidden("invoice not found", "invoice_id");
}
