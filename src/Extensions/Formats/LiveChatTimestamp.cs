using System.Globalization;

namespace LiveChat.Partners;

/// <summary>
/// The API's timestamps, <c>"YYYY-MM-DD HH:MM:SS"</c> in UTC (not RFC 3339), some of them <c>""</c> when there is none.
/// The generated models keep them as strings; these helpers read and write them as UTC <see cref="DateTimeOffset"/>
/// whatever the machine's time zone.
/// </summary>
public static class LiveChatTimestamp
{
    /// <summary>The wire format, <c>yyyy-MM-dd HH:mm:ss</c>.</summary>
    public const string Format = "yyyy-MM-dd HH:mm:ss";

    /// <summary>Reads a timestamp as a UTC instant; null or <c>""</c> gives null.</summary>
    /// <param name="value">The wire value, for example <c>2018-03-06 15:14:26</c>.</param>
    /// <returns>The instant with offset zero, or null when there is none.</returns>
    /// <exception cref="FormatException">The value is neither empty nor in the wire format.</exception>
    public static DateTimeOffset? Parse(string? value)
    {
        if (TryParse(value, out var result)) return result;
        throw new FormatException($"'{value}' is not a LiveChat timestamp ({Format}, UTC).");
    }

    /// <summary>Reads a timestamp as a UTC instant without throwing.</summary>
    /// <param name="value">The wire value.</param>
    /// <param name="result">The instant, or null for null or <c>""</c>.</param>
    /// <returns>False only when the value is neither empty nor in the wire format.</returns>
    public static bool TryParse(string? value, out DateTimeOffset? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(value)) return true;
        if (!DateTime.TryParseExact(value!.Trim(), Format, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var utc))
            return false;
        result = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        return true;
    }

    /// <summary>Writes an instant in the wire format, converted to UTC; null gives <c>""</c>.</summary>
    /// <param name="value">The instant (any offset).</param>
    /// <returns>For example <c>2018-03-06 15:14:26</c>.</returns>
    public static string ToWireString(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture) : string.Empty;
}
