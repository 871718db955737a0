using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;

namespace LiveChat.Partners.Serialization;

/// <summary>
/// Values without a schema, as Kiota's JSON node builds them: <see cref="UntypedNode"/> trees, and the objects stored in
/// <see cref="IAdditionalDataHolder.AdditionalData"/> for fields a model does not know. Arrays and objects are read at
/// once (Kiota defers arrays to enumeration, which needs the document kept alive; the values are the same).
/// </summary>
internal static class UntypedValues
{
    /// <summary>The <see cref="UntypedNode"/> of a JSON value.</summary>
    internal static UntypedNode Node(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Number:
                if (e.TryGetInt32(out var i)) return new UntypedInteger(i);
                if (e.TryGetInt64(out var l)) return new UntypedLong(l);
                if (e.TryGetDecimal(out var m)) return new UntypedDecimal(m);
                if (e.TryGetSingle(out var f)) return new UntypedFloat(f);
                if (e.TryGetDouble(out var d)) return new UntypedDouble(d);
                break;
            case JsonValueKind.String:
                return new UntypedString(e.GetString());
            case JsonValueKind.True:
            case JsonValueKind.False:
                return new UntypedBoolean(e.GetBoolean());
            case JsonValueKind.Array:
                var items = new List<UntypedNode>(e.GetArrayLength());
                foreach (var item in e.EnumerateArray()) items.Add(Node(item));
                return new UntypedArray(items);
            case JsonValueKind.Object:
                var properties = new Dictionary<string, UntypedNode>();
                foreach (var property in e.EnumerateObject()) properties[property.Name] = Node(property.Value);
                return new UntypedObject(properties);
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return new UntypedNull();
        }

        throw new InvalidOperationException($"unexpected additional value type during deserialization json kind : {e.ValueKind}");
    }

    /// <summary>The value Kiota stores in <c>AdditionalData</c> for an unknown field (its <c>TryGetAnything</c>).</summary>
    internal static object? Additional(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Number:
                if (e.TryGetDecimal(out var dec)) return dec;
                if (e.TryGetDouble(out var db)) return db;
                if (e.TryGetInt16(out var s)) return s;
                if (e.TryGetInt32(out var i)) return i;
                if (e.TryGetInt64(out var l)) return l;
                if (e.TryGetSingle(out var f)) return f;
                if (e.TryGetUInt16(out var us)) return us;
                if (e.TryGetUInt32(out var ui)) return ui;
                if (e.TryGetUInt64(out var ul)) return ul;
                throw new InvalidOperationException("unexpected additional value type during number deserialization");
            case JsonValueKind.String:
                if (e.TryGetDateTime(out var dt)) return dt;
                if (e.TryGetDateTimeOffset(out var dto)) return dto;
                if (e.TryGetGuid(out var g)) return g;
                return e.GetString();
            case JsonValueKind.Array:
            case JsonValueKind.Object:
                return Node(e);
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            default:
                throw new InvalidOperationException($"unexpected additional value type during deserialization json kind : {e.ValueKind}");
        }
    }
}
