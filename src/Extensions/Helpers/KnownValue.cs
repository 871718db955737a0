using System.Reflection;
using System.Runtime.Serialization;
#if NET8_0_OR_GREATER
using System.Diagnostics.CodeAnalysis;
#endif

namespace LiveChat.Partners;

/// <summary>
/// Reads a value that a response reports as an open string (a license's <c>plan</c>, a profile's
/// <c>agents</c>...) as the enum a request sends, when it is one of the values requests accept. Responses
/// stay open so that a value the API adds tomorrow (or a legacy one, such as the reference's
/// <c>"agents": "5+"</c>) never fails a read; requests are typed so that only accepted values are sent.
/// </summary>
public static class KnownValue
{
    /// <summary>The request enum value whose wire name is <paramref name="value"/>, or <c>null</c> when it is not one.</summary>
    /// <typeparam name="TEnum">A generated request enum, such as <c>Plan</c> or <c>AgentsRange</c>.</typeparam>
    /// <param name="value">The response's value, such as <c>"team"</c> or <c>"6-15"</c>.</param>
    /// <returns>The enum value; <c>null</c> for <c>null</c> or a value requests do not accept.</returns>
#if NET8_0_OR_GREATER
    public static TEnum? As<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string? value)
#else
    public static TEnum? As<TEnum>(string? value)
#endif
        where TEnum : struct, Enum =>
        value is not null && WireNames<TEnum>.ByName.TryGetValue(value, out var known) ? known : null;

#if NET8_0_OR_GREATER
    private static class WireNames<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>
#else
    private static class WireNames<TEnum>
#endif
        where TEnum : struct, Enum
    {
        /// <summary>Built once per enum type, read-only afterwards.</summary>
        public static readonly IReadOnlyDictionary<string, TEnum> ByName = typeof(TEnum)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .ToDictionary(f => f.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? f.Name, f => (TEnum)f.GetValue(null)!, StringComparer.Ordinal);
    }
}
