using LiveChat.Partners.Mock.Domain.Account;
using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Domain.Withdrawals;

/// <summary>
/// Withdrawals: 409 without billing information, 403 under the $50 minimum; the whole balance moves to
/// the new (pending) withdrawal. An invoice is monthly, as its <c>YYYY/M/{partner_id}</c> id says: it covers
/// every withdrawal requested in that month (inferred; the reference does not say what a second withdrawal in
/// a month is invoiced as).
/// </summary>
public sealed class WithdrawalBook(string partnerId)
{
    /// <summary>The smallest amount that can be withdrawn.</summary>
    public const decimal Minimum = 50m;

    private readonly List<Withdrawal> _withdrawals = [];
    private long _lastId;

    /// <summary>Most objects of this kind (creating one more gets 429).</summary>
    public ObjectCap Cap { get; set; } = ObjectCap.None;

    /// <summary>Withdrawals requested in <paramref name="range"/>, newest first.</summary>
    public IReadOnlyList<Withdrawal> In(DateRange range) =>
        _withdrawals.Where(w => range.Contains(w.RequestedAt)).OrderByDescending(w => w.RequestedAt).ToList();

    /// <summary>Every withdrawal, in the order they were added.</summary>
    public IReadOnlyList<Withdrawal> All => _withdrawals;

    /// <summary>Adds a seeded withdrawal.</summary>
    public void Seed(Withdrawal withdrawal)
    {
        _withdrawals.Add(withdrawal);
        _lastId = Math.Max(_lastId, withdrawal.Id);
    }

    /// <summary>How long a requested withdrawal stays <c>pending</c> before it is paid (inferred: the reference's paid examples took 21 minutes and 22 hours).</summary>
    public static readonly TimeSpan PayoutDelay = TimeSpan.FromDays(1);

    /// <summary>
    /// Pays the pending withdrawals requested at least <see cref="PayoutDelay"/> before <paramref name="now"/>: status
    /// <c>paid</c>, <c>action_timestamp</c> their request time plus the delay, their amount moved from the pending
    /// earnings to the withdrawn ones. Inferred: the reference does not say when or how a withdrawal is paid.
    /// </summary>
    public void CatchUp(DateTimeOffset now, Earnings earnings)
    {
        for (var i = 0; i < _withdrawals.Count; i++)
        {
            var withdrawal = _withdrawals[i];
            if (withdrawal.Status == WithdrawalStatus.Pending && withdrawal.RequestedAt + PayoutDelay <= now)
            {
                _withdrawals[i] = withdrawal with { Status = WithdrawalStatus.Paid, ActionAt = withdrawal.RequestedAt + PayoutDelay };
                earnings.Pending = Math.Max(0m, earnings.Pending - withdrawal.Amount);
                earnings.Withdrawals += withdrawal.Amount;
            }
        }
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

        Cap.EnsureRoom(_withdrawals.Count, "withdrawals");

        var withdrawal = new Withdrawal(++_lastId, now, null, WithdrawalStatus.Pending, earnings.Balance, Withdrawal.InvoiceIdFor(now, partnerId));
        earnings.Pending += withdrawal.Amount;
        earnings.Balance = 0;
        _withdrawals.Add(withdrawal);
        return withdrawal;
    }

    /// <summary>The amount invoiced as <paramref name="invoiceId"/>: the sum of the month's withdrawals; 403 when there is none.</summary>
    public decimal InvoicedAmount(string invoiceId)
    {
        var invoiced = _withdrawals.Where(w => w.InvoiceId == invoiceId).ToList();
        return invoiced.Count > 0 ? invoiced.Sum(w => w.Amount) : throw ApiErrorException.Forbidden("invoice not found", "invoice_id");
    }
}
