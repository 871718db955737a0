using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Serialization;

namespace LiveChat.Partners.Mock.Controllers.Wire;

/// <summary>Converts between the API's enum strings (<c>"1-5"</c>, <c>"team"</c>) and the generated enums.</summary>
public static class WireEnum
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, object>> ByName = new();

    /// <summary>The generated enum value whose wire name is <paramref name="name"/>.</summary>
    public static T Parse<T>(string name)
        where T : struct, Enum =>
        (T)Names(typeof(T))[name];

    /// <summary>The wire name of a generated enum value.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum =>
        Names(typeof(T)).First(pair => pair.Value.Equals(value)).Key;

    private static IReadOnlyDictionary<string, object> Names(Type type) => ByName.GetOrAdd(type, t =>
        t.GetFields(BindingFlags.Public | BindingFlags.Static).ToDictionary(
            f => f.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? f.Name,
            f => f.GetValue(null)!,
            StringComparer.Ordinal));
}
