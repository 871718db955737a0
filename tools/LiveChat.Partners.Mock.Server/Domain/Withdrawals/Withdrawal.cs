using System.Globalization;

namespace LiveChat.Partners.Mock.Domain.Withdrawals;

/// <summary>A withdrawal of the affiliate balance, paid by PayPal and invoiced as <c>YYYY/M/{partner_id}</c>.</summary>
public sealed record Withdrawal(long Id, DateTimeOffset RequestedAt, DateTimeOffset? ActionAt, WithdrawalStatus Status, decimal Amount, string InvoiceId)
{
    /// <summary>The invoice id of a withdrawal requested at <paramref name="moment"/>: <c>YYYY/M/{partner_id}</c>.</summary>
    public static string InvoiceIdFor(DateTimeOffset moment, string partnerId) =>
        string.Create(CultureInfo.InvariantCulture, $"{moment.UtcDateTime.Year}/{moment.UtcDateTime.Month}/{partnerId}");
}
