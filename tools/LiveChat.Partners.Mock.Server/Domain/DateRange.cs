using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Domain;

/// <summary>
/// The <c>date_from</c> / <c>date_to</c> filter (<c>YYYY-MM-DD</c>, both inclusive, UTC days).
/// The format is checked against the spec and the days bound by MVC before this runs; the order of the two is a
/// domain rule.
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

    /// <summary>The range from <paramref name="from"/> to <paramref name="to"/> (400 when <c>date_to</c> is before <c>date_from</c>).</summary>
    public static DateRange Between(DateOnly? from, DateOnly? to)
    {
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
}
