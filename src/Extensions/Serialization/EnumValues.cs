#if NET5_0_OR_GREATER
using System.Diagnostics.CodeAnalysis;
#endif
using System.Reflection;
using System.Runtime.Serialization;
using System.Text;
using System.Text.Json;
using Microsoft.Kiota.Abstractions.Helpers;

namespace LiveChat.Partners.Serialization;

/// <summary>
/// The wire names of one enum type (its <see cref="EnumMemberAttribute"/> values, UTF-8), read by reflection once per
/// type, so a value is found by comparing bytes. Answers like Kiota's <see cref="EnumHelpers.GetEnumValue{T}(string)"/>:
/// the first member whose wire name is the exact text, else <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/>
/// of the text ignoring case, else <c>null</c>; an empty string is <c>null</c>; <c>[Flags]</c> enums go to Kiota itself.
/// </summary>
/// <typeparam name="T">The enum type.</typeparam>
#if NET5_0_OR_GREATER
internal static class EnumValues<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>
#else
internal static class EnumValues<T>
#endif
    where T : struct, Enum
{
    // Built by the type initializer and never changed: read-only tables, no mutable static state.
    private static readonly bool IsFlags = typeof(T).IsDefined(typeof(FlagsAttribute), inherit: false);
    private static readonly byte[][] WireNames;
    private static readonly T?[] Values;

#pragma warning disable CA1810 // the two tables are built together in one pass
    static EnumValues()
#pragma warning restore CA1810
    {
        var names = new List<byte[]>();
        var values = new List<T?>();
        foreach (var field in typeof(T).GetFields())
        {
            if (field.GetCustomAttribute<EnumMemberAttribute>()?.Value is not { } wire) continue;
            names.Add(Encoding.UTF8.GetBytes(wire));
            // Kiota maps the wire name to the field's name, then parses that name ignoring case.
            values.Add(Enum.TryParse<T>(field.Name, ignoreCase: true, out var value) ? value : null);
        }

        WireNames = names.ToArray();
        Values = values.ToArray();
    }

    /// <summary>The enum value of a JSON string; <c>null</c> for JSON null; Kiota's exception for another kind.</summary>
    /// <param name="element">The JSON value.</param>
    /// <returns>The value, or <c>null</c> when the text names no member.</returns>
    /// <exception cref="InvalidOperationException">The value is neither a string nor null (as Kiota's <c>GetString()</c>).</exception>
    internal static T? Read(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Null) return null;
        if (element.ValueKind != JsonValueKind.String) _ = element.GetString(); // throws the same InvalidOperationException as Kiota
        if (element.ValueEquals(ReadOnlySpan<byte>.Empty)) return null;
        if (IsFlags) return EnumHelpers.GetEnumValue<T>(element.GetString()!);
        for (var i = 0; i < WireNames.Length; i++)
        {
            if (element.ValueEquals(WireNames[i])) return Values[i];
        }

        return Enum.TryParse<T>(element.GetString(), ignoreCase: true, out var value) ? value : null;
    }
}
