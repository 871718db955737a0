using System.Globalization;
using System.Text.Json;
using System.Xml;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Serialization.Json;

namespace LiveChat.Partners.Serialization;

/// <summary>
/// Reads one JSON value as a Kiota scalar straight from the <see cref="JsonElement"/>, with the answers and the
/// exceptions of Kiota's <see cref="JsonParseNode"/> on its default serialization context: <c>null</c> for a value of
/// another JSON kind, a <see cref="JsonException"/> for a number the type cannot hold.
/// </summary>
internal static class JsonScalars
{
    internal static string? String(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString() : null;

    internal static bool? Bool(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    internal static byte? Byte(JsonElement e) =>
        e.ValueKind != JsonValueKind.Number ? null : e.TryGetByte(out var v) ? v : throw NotConvertible(typeof(byte));

    internal static sbyte? SByte(JsonElement e) =>
        e.ValueKind != JsonValueKind.Number ? null : e.TryGetSByte(out var v) ? v : throw NotConvertible(typeof(sbyte));

    internal static int? Int(JsonElement e) =>
        e.ValueKind != JsonValueKind.Number ? null : e.TryGetInt32(out var v) ? v : throw NotConvertible(typeof(int));

    internal static long? Long(JsonElement e) =>
        e.ValueKind != JsonValueKind.Number ? null : e.TryGetInt64(out var v) ? v : throw NotConvertible(typeof(long));

    internal static float? Float(JsonElement e) =>
        e.ValueKind != JsonValueKind.Number ? null : e.TryGetSingle(out var v) ? v : throw NotConvertible(typeof(float));

    internal static double? Double(JsonElement e) =>
        e.ValueKind != JsonValueKind.Number ? null : e.TryGetDouble(out var v) ? v : throw NotConvertible(typeof(double));

    internal static decimal? Decimal(JsonElement e) =>
        e.ValueKind != JsonValueKind.Number ? null : e.TryGetDecimal(out var v) ? v : throw NotConvertible(typeof(decimal));

    internal static Guid? Guid(JsonElement e) =>
        e.ValueKind == JsonValueKind.String && e.TryGetGuid(out var v) ? v : null;

    internal static DateTimeOffset? DateTimeOffset(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.String) return null;
        if (e.TryGetDateTimeOffset(out var value)) return value;
        return System.DateTimeOffset.TryParse(e.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
            ? parsed
            : null;
    }

    internal static TimeSpan? TimeSpan(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.String || e.ValueEquals(ReadOnlySpan<byte>.Empty)) return null;
        var text = e.GetString()!;
        return System.TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var value) ? value : XmlConvert.ToTimeSpan(text);
    }

    // Kiota reads these two through its serialization context first; no model of this API has one, so they go
    // through Kiota's own node to keep its answer whatever it is.
    internal static Date? Date(JsonElement e) => e.ValueKind == JsonValueKind.String ? new JsonParseNode(e).GetDateValue() : null;

    internal static Time? Time(JsonElement e) => e.ValueKind == JsonValueKind.String ? new JsonParseNode(e).GetTimeValue() : null;

    internal static byte[]? Bytes(JsonElement e) =>
        e.ValueKind == JsonValueKind.String && e.TryGetBytesFromBase64(out var value) ? value : null;

    // What JsonSerializer throws when a number token does not fit the converter's type.
    private static JsonException NotConvertible(Type type) =>
        new($"The JSON value could not be converted to {type}.");
}
