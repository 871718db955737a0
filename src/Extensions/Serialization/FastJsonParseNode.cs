#if NET5_0_OR_GREATER
using System.Diagnostics.CodeAnalysis;
#endif
using System.Text.Json;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Extensions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace LiveChat.Partners.Serialization;

/// <summary>
/// A Kiota <see cref="IParseNode"/> over one <see cref="JsonElement"/>, answering exactly as Kiota's
/// <c>JsonParseNode</c> (same values, same exceptions, <see cref="OnBeforeAssignFieldValues"/> and
/// <see cref="OnAfterAssignFieldValues"/>, unknown fields in <c>AdditionalData</c>, <see cref="UntypedNode"/>) but
/// without its per-value work: scalars read straight from the element, enums from a per-type table
/// (<see cref="EnumValues{T}"/>), fields matched by UTF-8 name against a per-type table (<see cref="ModelFields{T}"/>),
/// the expected field first (the order answers list them in, learned), and one child node reused for every field value
/// and array item below this node.
/// </summary>
/// <remarks>
/// The child handed to a field deserializer is only valid while that deserializer runs (Kiota's generated
/// deserializers read it at once and keep the value, never the node). <see cref="GetChildNode"/> returns a new node.
/// Collections are read at once into a <see cref="List{T}"/>.
/// </remarks>
internal sealed partial class FastJsonParseNode : IParseNode
{
    private readonly ModelFieldTables _tables;
    private JsonElement _element;
    private FastJsonParseNode? _child;

    /// <summary>A node over <paramref name="element"/>.</summary>
    /// <param name="element">The JSON value; its document must stay alive while the node is read.</param>
    /// <param name="tables">The per-type field tables of the factory.</param>
    internal FastJsonParseNode(JsonElement element, ModelFieldTables tables)
    {
        _element = element;
        _tables = tables;
    }

    /// <inheritdoc />
    public Action<IParsable>? OnBeforeAssignFieldValues { get; set; }

    /// <inheritdoc />
    public Action<IParsable>? OnAfterAssignFieldValues { get; set; }

    /// <inheritdoc />
    public string? GetStringValue() => JsonScalars.String(_element);

    /// <inheritdoc />
    public bool? GetBoolValue() => JsonScalars.Bool(_element);

    /// <inheritdoc />
    public byte? GetByteValue() => JsonScalars.Byte(_element);

    /// <inheritdoc />
    public sbyte? GetSbyteValue() => JsonScalars.SByte(_element);

    /// <inheritdoc />
    public int? GetIntValue() => JsonScalars.Int(_element);

    /// <inheritdoc />
    public float? GetFloatValue() => JsonScalars.Float(_element);

    /// <inheritdoc />
    public long? GetLongValue() => JsonScalars.Long(_element);

    /// <inheritdoc />
    public double? GetDoubleValue() => JsonScalars.Double(_element);

    /// <inheritdoc />
    public decimal? GetDecimalValue() => JsonScalars.Decimal(_element);

    /// <inheritdoc />
    public Guid? GetGuidValue() => JsonScalars.Guid(_element);

    /// <inheritdoc />
    public DateTimeOffset? GetDateTimeOffsetValue() => JsonScalars.DateTimeOffset(_element);

    /// <inheritdoc />
    public TimeSpan? GetTimeSpanValue() => JsonScalars.TimeSpan(_element);

    /// <inheritdoc />
    public Date? GetDateValue() => JsonScalars.Date(_element);

    /// <inheritdoc />
    public Time? GetTimeValue() => JsonScalars.Time(_element);

    /// <inheritdoc />
    public byte[]? GetByteArrayValue() => JsonScalars.Bytes(_element);

    /// <inheritdoc />
#if NET5_0_OR_GREATER
    public T? GetEnumValue<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>()
#else
    public T? GetEnumValue<T>()
#endif
        where T : struct, Enum => EnumValues<T>.Read(_element);

    /// <inheritdoc />
    public IParseNode? GetChildNode(string identifier)
    {
        if (_element.ValueKind == JsonValueKind.Object
            && _element.TryGetProperty(identifier ?? throw new ArgumentNullException(nameof(identifier)), out var value))
        {
            return new FastJsonParseNode(value, _tables)
            {
                OnBeforeAssignFieldValues = OnBeforeAssignFieldValues,
                OnAfterAssignFieldValues = OnAfterAssignFieldValues,
            };
        }

        return null;
    }

    /// <inheritdoc />
    public T GetObjectValue<T>(ParsableFactory<T> factory)
        where T : IParsable
    {
        if (typeof(T) == typeof(UntypedNode)) return (T)(object)UntypedValues.Node(_element);
        var item = factory(this);
        OnBeforeAssignFieldValues?.Invoke(item);
        AssignFieldValues(item);
        OnAfterAssignFieldValues?.Invoke(item);
        return item;
    }

    private void AssignFieldValues<T>(T item)
        where T : IParsable
    {
        if (_element.ValueKind != JsonValueKind.Object) return;
        IDictionary<string, object>? additionalData = null;
        if (item is IAdditionalDataHolder holder)
        {
            holder.AdditionalData ??= new Dictionary<string, object>();
            additionalData = holder.AdditionalData;
        }

        if (_tables.For(item) is not { } table)
        {
            AssignThroughDictionary(item, additionalData);
            return;
        }

        var names = table.Names;
        var following = table.Following;
        var after = 0;
        foreach (var property in _element.EnumerateObject())
        {
            var guess = following[after];
            var index = IndexOf(property, names, guess);
            if (index >= 0)
            {
                if (index != guess) following[after] = index;
                after = index + 1;
                if (property.Value.ValueKind == JsonValueKind.Null) continue;
                table.Deserializers[index](item, Child(property.Value));
            }
            else if (additionalData is not null)
            {
                IDictionaryExtensions.TryAdd(additionalData, property.Name, UntypedValues.Additional(property.Value)!);
            }
        }
    }

    // Kiota's own path, for a type whose deserializers could not be re-bound.
    private void AssignThroughDictionary<T>(T item, IDictionary<string, object>? additionalData)
        where T : IParsable
    {
        var fields = item.GetFieldDeserializers();
        foreach (var property in _element.EnumerateObject())
        {
            if (fields.TryGetValue(property.Name, out var deserializer))
            {
                if (property.Value.ValueKind == JsonValueKind.Null) continue;
                deserializer(Child(property.Value));
            }
            else if (additionalData is not null)
            {
                IDictionaryExtensions.TryAdd(additionalData, property.Name, UntypedValues.Additional(property.Value)!);
            }
        }
    }

    // Answers of one type list their fields in one order (ModelFields.Following): the expected field is tried first.
    private static int IndexOf(JsonProperty property, byte[][] names, int next)
    {
        if (next < names.Length && property.NameEquals(names[next])) return next;
        for (var i = 0; i < names.Length; i++)
        {
            if (i != next && property.NameEquals(names[i])) return i;
        }

        return -1;
    }

    private FastJsonParseNode Child(JsonElement element)
    {
        var child = _child ??= new FastJsonParseNode(element, _tables);
        child._element = element;
        child.OnBeforeAssignFieldValues = OnBeforeAssignFieldValues;
        child.OnAfterAssignFieldValues = OnAfterAssignFieldValues;
        return child;
    }
}
