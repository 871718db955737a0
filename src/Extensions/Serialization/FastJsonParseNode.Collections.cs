#if NET5_0_OR_GREATER
using System.Diagnostics.CodeAnalysis;
#endif
using System.Text.Json;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Helpers;
using Microsoft.Kiota.Abstractions.Serialization;

namespace LiveChat.Partners.Serialization;

/// <summary>The collection getters: a JSON array read at once into a list, anything else an empty list (as Kiota).</summary>
internal sealed partial class FastJsonParseNode
{
    /// <inheritdoc />
    public IEnumerable<T> GetCollectionOfObjectValues<T>(ParsableFactory<T> factory)
        where T : IParsable
    {
        if (_element.ValueKind != JsonValueKind.Array) return new List<T>();
        var items = new List<T>(_element.GetArrayLength());
        foreach (var element in _element.EnumerateArray()) items.Add(Child(element).GetObjectValue(factory));
        return items;
    }

    /// <inheritdoc />
#if NET5_0_OR_GREATER
    public IEnumerable<T?> GetCollectionOfEnumValues<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>()
#else
    public IEnumerable<T?> GetCollectionOfEnumValues<T>()
#endif
        where T : struct, Enum
    {
        if (_element.ValueKind != JsonValueKind.Array) return new List<T?>();
        var items = new List<T?>(_element.GetArrayLength());
        foreach (var element in _element.EnumerateArray()) items.Add(EnumValues<T>.Read(element));
        return items;
    }

    /// <inheritdoc />
#if NET5_0_OR_GREATER
    public IEnumerable<T> GetCollectionOfPrimitiveValues<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>()
#else
    public IEnumerable<T> GetCollectionOfPrimitiveValues<T>()
#endif
    {
        if (_element.ValueKind != JsonValueKind.Array) return new List<T>();
        var items = new List<T>(_element.GetArrayLength());
        foreach (var element in _element.EnumerateArray()) items.Add(Primitive<T>(element));
        return items;
    }

    // Kiota's chain, type for type (nullable types only; a non-nullable T falls to the enum branch and throws there,
    // and a null item of a value type fails on the cast, both as in Kiota).
#if NET5_0_OR_GREATER
    private static T Primitive<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>(JsonElement e)
#else
    private static T Primitive<T>(JsonElement e)
#endif
    {
        var type = typeof(T);
        if (type == typeof(bool?)) return (T)(object)JsonScalars.Bool(e)!;
        if (type == typeof(byte?)) return (T)(object)JsonScalars.Byte(e)!;
        if (type == typeof(sbyte?)) return (T)(object)JsonScalars.SByte(e)!;
        if (type == typeof(string)) return (T)(object)JsonScalars.String(e)!;
        if (type == typeof(int?)) return (T)(object)JsonScalars.Int(e)!;
        if (type == typeof(float?)) return (T)(object)JsonScalars.Float(e)!;
        if (type == typeof(long?)) return (T)(object)JsonScalars.Long(e)!;
        if (type == typeof(double?)) return (T)(object)JsonScalars.Double(e)!;
        if (type == typeof(Guid?)) return (T)(object)JsonScalars.Guid(e)!;
        if (type == typeof(DateTimeOffset?)) return (T)(object)JsonScalars.DateTimeOffset(e)!;
        if (type == typeof(TimeSpan?)) return (T)(object)JsonScalars.TimeSpan(e)!;
        if (type == typeof(Date?)) return (T)(object)JsonScalars.Date(e)!;
        if (type == typeof(Time?)) return (T)(object)JsonScalars.Time(e)!;
        if (JsonScalars.String(e) is { Length: > 0 } raw) return (T)EnumHelpers.GetEnumValue(type, raw)!;
        throw new InvalidOperationException($"unknown type for deserialization {type.FullName}");
    }
}
