using System.Globalization;

namespace LiveChat.Partners;

/// <summary>
/// A withdrawal invoice id, <c>YYYY/M/{partner_id}</c> (<c>2019/3/xyz</c>), as withdrawals report it. The URL carries
/// it as three path segments (<c>/invoices/2019/3/xyz</c>), which this type splits and validates.
/// </summary>
public readonly struct WithdrawalInvoiceId : IEquatable<WithdrawalInvoiceId>
{
    private WithdrawalInvoiceId(int year, int month, string partnerId)
    {
        Year = year;
        Month = month;
        PartnerId = partnerId;
    }

    /// <summary>The year, <c>2019</c>.</summary>
    public int Year { get; }

    /// <summary>The month, 1 to 12 (<c>2</c>).</summary>
    public int Month { get; }

    /// <summary>The partner id, <c>xyz</c>.</summary>
    public string PartnerId { get; }

    /// <summary>Parses <c>YYYY/M/{partner_id}</c>.</summary>
    /// <param name="invoiceId">For example <c>2019/3/xyz</c> (a leading zero in the month is accepted).</param>
    /// <returns>The three parts.</returns>
    /// <exception cref="FormatException">The id is not <c>YYYY/M/{partner_id}</c>.</exception>
    public static WithdrawalInvoiceId Parse(string invoiceId) =>
        TryParse(invoiceId, out var id)
            ? id
            : throw new FormatException($"'{invoiceId}' is not a withdrawal invoice id: expected YYYY/M/partner_id, for example 2019/3/xyz.");

    /// <summary>Parses <c>YYYY/M/{partner_id}</c> without throwing.</summary>
    /// <param name="invoiceId">The id.</param>
    /// <param name="id">The parsed id.</param>
    /// <returns>True when the id is valid.</returns>
    public static bool TryParse(string? invoiceId, out WithdrawalInvoiceId id)
    {
        id = default;
        var parts = invoiceId?.Trim().Split('/');
        if (parts is not { Length: 3 }) return false;
        if (parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        if (parts[1].Length is < 1 or > 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12) return false;
        var partner = parts[2];
        if (partner.Length == 0) return false;
        foreach (var c in partner)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '.' or '-')) return false;
        }

        id = new WithdrawalInvoiceId(year, month, partner);
        return true;
    }

    /// <summary>The id as the API writes it, <c>2019/3/xyz</c>.</summary>
    /// <returns>The canonical id.</returns>
    public override string ToString() =>
        PartnerId is null ? string.Empty : string.Format(CultureInfo.InvariantCulture, "{0:D4}/{1}/{2}", Year, Month, PartnerId);

    /// <inheritdoc />
    public bool Equals(WithdrawalInvoiceId other) => Year == other.Year && Month == other.Month && string.Equals(PartnerId, other.PartnerId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WithdrawalInvoiceId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Year * 13 + Month) * 397 ^ (PartnerId?.GetHashCode() ?? 0);

    /// <summary>Equality.</summary>
    /// <param name="left">One id.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(WithdrawalInvoiceId left, WithdrawalInvoiceId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">One id.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(WithdrawalInvoiceId left, WithdrawalInvoiceId right) => !left.Equals(right);
}
