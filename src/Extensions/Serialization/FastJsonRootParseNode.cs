#if NET5_0_OR_GREATER
using System.Diagnostics.CodeAnalysis;
#endif
using System.Text.Json;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace LiveChat.Partners.Serialization;

/// <summary>
/// The root of a parsed response: a <see cref="FastJsonParseNode"/> over the document's root element that owns the
/// document, whose pooled buffers go back to the pool when the top-level read ends (the value Kiota's request adapter
/// asks for is fully built; it is read once). Kiota's factory instead copies the whole document with <c>Clone()</c>.
/// </summary>
/// <remarks>
/// Any getter ends the read (a second one throws <see cref="ObjectDisposedException"/>), except
/// <see cref="GetChildNode"/>: after it, the document is left to the garbage collector, since the child may be read later.
/// </remarks>
internal sealed class FastJsonRootParseNode : IParseNode
{
    private readonly FastJsonParseNode _root;
    private JsonDocument? _document;

    /// <summary>The root of <paramref name="document"/>, which this node now owns.</summary>
    /// <param name="document">The parsed response.</param>
    /// <param name="tables">The per-type field tables of the factory.</param>
    internal FastJsonRootParseNode(JsonDocument document, ModelFieldTables tables)
    {
        _document = document;
        _root = new FastJsonParseNode(document.RootElement, tables);
    }

    /// <inheritdoc />
    public Action<IParsable>? OnBeforeAssignFieldValues
    {
        get => _root.OnBeforeAssignFieldValues;
        set => _root.OnBeforeAssignFieldValues = value;
    }

    /// <inheritdoc />
    public Action<IParsable>? OnAfterAssignFieldValues
    {
        get => _root.OnAfterAssignFieldValues;
        set => _root.OnAfterAssignFieldValues = value;
    }

    /// <inheritdoc />
    public string? GetStringValue() => Read(static n => n.GetStringValue());

    /// <inheritdoc />
    public bool? GetBoolValue() => Read(static n => n.GetBoolValue());

    /// <inheritdoc />
    public byte? GetByteValue() => Read(static n => n.GetByteValue());

    /// <inheritdoc />
    public sbyte? GetSbyteValue() => Read(static n => n.GetSbyteValue());

    /// <inheritdoc />
    public int? GetIntValue() => Read(static n => n.GetIntValue());

    /// <inheritdoc />
    public float? GetFloatValue() => Read(static n => n.GetFloatValue());

    /// <inheritdoc />
    public long? GetLongValue() => Read(static n => n.GetLongValue());

    /// <inheritdoc />
    public double? GetDoubleValue() => Read(static n => n.GetDoubleValue());

    /// <inheritdoc />
    public decimal? GetDecimalValue() => Read(static n => n.GetDecimalValue());

    /// <inheritdoc />
    public Guid? GetGuidValue() => Read(static n => n.GetGuidValue());

    /// <inheritdoc />
    public DateTimeOffset? GetDateTimeOffsetValue() => Read(static n => n.GetDateTimeOffsetValue());

    /// <inheritdoc />
    public TimeSpan? GetTimeSpanValue() => Read(static n => n.GetTimeSpanValue());

    /// <inheritdoc />
    public Date? GetDateValue() => Read(static n => n.GetDateValue());

    /// <inheritdoc />
    public Time? GetTimeValue() => Read(static n => n.GetTimeValue());

    /// <inheritdoc />
    public byte[]? GetByteArrayValue() => Read(static n => n.GetByteArrayValue());

    /// <inheritdoc />
#if NET5_0_OR_GREATER
    public T? GetEnumValue<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>()
#else
    public T? GetEnumValue<T>()
#endif
        where T : struct, Enum => Read(static n => n.GetEnumValue<T>());

    /// <inheritdoc />
    public IEnumerable<T> GetCollectionOfObjectValues<T>(ParsableFactory<T> factory)
        where T : IParsable
    {
        try
        {
            return _root.GetCollectionOfObjectValues(factory);
        }
        finally
        {
            EndRead();
        }
    }

    /// <inheritdoc />
#if NET5_0_OR_GREATER
    public IEnumerable<T?> GetCollectionOfEnumValues<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>()
#else
    public IEnumerable<T?> GetCollectionOfEnumValues<T>()
#endif
        where T : struct, Enum => Read(static n => n.GetCollectionOfEnumValues<T>());

    /// <inheritdoc />
#if NET5_0_OR_GREATER
    public IEnumerable<T> GetCollectionOfPrimitiveValues<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>()
#else
    public IEnumerable<T> GetCollectionOfPrimitiveValues<T>()
#endif
        => Read(static n => n.GetCollectionOfPrimitiveValues<T>());

    /// <inheritdoc />
    public T GetObjectValue<T>(ParsableFactory<T> factory)
        where T : IParsable
    {
        try
        {
            return _root.GetObjectValue(factory);
        }
        finally
        {
            EndRead();
        }
    }

    /// <inheritdoc />
    public IParseNode? GetChildNode(string identifier)
    {
        var child = _root.GetChildNode(identifier);
        if (child is not null) _document = null; // the child reads the document later: the GC reclaims it
        return child;
    }

    private TValue Read<TValue>(Func<FastJsonParseNode, TValue> read)
    {
        try
        {
            return read(_root);
        }
        finally
        {
            EndRead();
        }
    }

    private void EndRead()
    {
        var document = _document;
        _document = null;
        document?.Dispose();
    }
}
