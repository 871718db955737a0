using LiveChat.Partners.Mock.Domain;

namespace LiveChat.Partners.Mock.Controllers.Wire;

/// <summary>
/// The <c>date_from</c> / <c>date_to</c> filter from the values MVC bound (the days the query named, validated
/// as <c>format: date</c> first), read once: not parsed again from the query string.
/// </summary>
public static class QueryDays
{
    /// <summary>The range of the two bound days (400 when <c>date_to</c> is before <c>date_from</c>).</summary>
    public static DateRange Range(DateTimeOffset? dateFrom, DateTimeOffset? dateTo) =>
        DateRange.Between(Day(dateFrom), Day(dateTo));

    // MVC binds "2024-01-01" as midnight at the server's offset: the day is the clock date, whatever the offset.
    private static DateOnly? Day(DateTimeOffset? bound) => bound is { } value ? DateOnly.FromDateTime(value.DateTime) : null;
}
