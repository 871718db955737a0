using Microsoft.Kiota.Abstractions;

namespace LiveChat.Partners;

/// <summary>
/// The <c>date_from</c> / <c>date_to</c> filters (<c>YYYY-MM-DD</c>) are Kiota <see cref="Date"/> values in the
/// generated query parameters; these helpers make them from the types you have.
/// </summary>
/// <example><code>await client.Affiliates.Livechat.Licenses.GetAsync(q =>
/// {
///     q.QueryParameters.DateFrom = new DateOnly(2024, 1, 1).ToLiveChatDate();
///     q.QueryParameters.DateTo = new DateOnly(2024, 1, 31).ToLiveChatDate();
/// });</code></example>
public static class LiveChatDate
{
#if NET6_0_OR_GREATER
    /// <summary>Converts a <see cref="DateOnly"/> to the filter value.</summary>
    /// <param name="date">The calendar date.</param>
    /// <returns>The same day as a Kiota <see cref="Date"/>.</returns>
    public static Date ToLiveChatDate(this DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Converts a filter value back to a <see cref="DateOnly"/>.</summary>
    /// <param name="date">The Kiota date.</param>
    /// <returns>The same calendar day.</returns>
    public static DateOnly ToDateOnly(this Date date) => new(date.Year, date.Month, date.Day);
#endif

    /// <summary>Converts the calendar day of a <see cref="DateTime"/> (its time and kind are ignored) to the filter value.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The same calendar day as a Kiota <see cref="Date"/>.</returns>
    public static Date ToLiveChatDate(this DateTime date) => new(date.Year, date.Month, date.Day);
}
