using System.Globalization;

namespace LiveChat.Partners.Mock.Domain;

/// <summary>The API's wire formats for time: <c>YYYY-MM-DD HH:MM:SS</c> (UTC) and <c>YYYY-MM</c>.</summary>
public static class WireTime
{
    /// <summary>Formats a timestamp, in UTC.</summary>
    public static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Formats an optional timestamp: empty when there is none.</summary>
    public static string FormatOptional(DateTimeOffset? value) => value is null ? string.Empty : Format(value.Value);

    /// <summary>Parses a wire timestamp written by the seed (always valid).</summary>
    public static DateTimeOffset Parse(string value) =>
        DateTimeOffset.ParseExact(value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
