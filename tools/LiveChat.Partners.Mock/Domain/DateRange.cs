using System.Globalization;
using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Domain;

/// <summary>
/// The <c>date_from</c> / <c>date_to</c> filter (<c>YYYY-MM-DD</c>, both inclusive, UTC days).
/// The format is checked against the spec before this runs; the order of the two is a domain rule.
/// </summary>
public sealed class DateRange
{
    private DateRange(DateOnly? from, DateOnly? to)
    {
        From = from;
        To = to;
    }

    /// <summary>The first day, or null.</summary>
    public DateOnly? From { get; }

    /// <summary>The last day, or null.</summary>
    public DateOnly? To { get; }

    /// <summary>Reads the filter from the raw query values (400 when <c>date_to</c> is before <c>date_from</c>).</summary>
    public static DateRange FromQuery(string? dateFrom, string? dateTo)
    {
        var from = ParseDay(dateFrom, "date_from");
        var to = ParseDay(dateTo, "date_to");
        if (from is not null && to is not null && to < from)
        {
            throw ApiErrorException.Validation("date_to", "must not be before date_from");
        }

        return new DateRange(from, to);
    }

    /// <summary>Whether <paramref name="moment"/> falls in the range.</summary>
    public bool Contains(DateTimeOffset moment)
    {
        var day = DateOnly.FromDateTime(moment.UtcDateTime);
        return (From is null || day >= From) && (To is null || day <= To);
    }

    private static DateOnly? ParseDay(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw ApiErrorException.Validation(name, "must be a date (YYYY-MM-DD)");
    }
}
