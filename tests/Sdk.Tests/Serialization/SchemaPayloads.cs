using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;

namespace LiveChat.Partners.Tests.Serialization;

/// <summary>
/// CsCheck generators of JSON from the document's schemas: values that conform to the schema (types, enums,
/// required and optional properties, nullable), plus unknown extra properties of any kind on every object (which
/// Kiota keeps in <c>AdditionalData</c>), and the same payloads with one value replaced by a value of another kind.
/// </summary>
internal static class SchemaPayloads
{
    private const string ExtraPrefix = "x_unknown_";

    /// <summary>Text that exercises the scalar readers and <c>AdditionalData</c>'s date, GUID and string guesses.</summary>
    private static readonly Gen<string> Text = Gen.OneOf<string>(
        Gen.String.AlphaNumeric,
        Gen.String,
        Gen.OneOf("", " ", "2019-03-06 12:59:13", "2019-03-06T12:59:13Z", "2024-01-15T00:00:00+00:00", "2017-09-04",
            "48d31887-5fad-4d73-a9f5-3c356e68a038", "PT1H", "08:00:00", "1", "13.37", "true", "null", "é \"quoted\" \\ / \u2028 \U0001F600"));

    /// <summary>Any JSON value, nested up to <paramref name="depth"/> levels.</summary>
    public static Gen<JsonNode?> AnyJson(int depth)
    {
        var scalar = Gen.OneOf<JsonNode?>(
            Gen.Const(() => (JsonNode?)null),
            Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
            Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
            Gen.Long.Select(l => (JsonNode?)JsonValue.Create(l)),
            Gen.Int[-100_000, 100_000].Select(i => (JsonNode?)JsonValue.Create(i / 100m)),
            Gen.Double.Select(d => double.IsFinite(d) ? (JsonNode?)JsonValue.Create(d) : JsonValue.Create(0.5)),
            Gen.OneOf("1e3", "-0", "0.0000001", "79228162514264337593543950336", "18446744073709551615", "1E+400", "-12345678901234567890.5")
                .Select(n => (JsonNode?)JsonNode.Parse(n)),
            Text.Select(s => (JsonNode?)JsonValue.Create(s)));
        if (depth <= 0) return scalar;
        var inner = AnyJson(depth - 1);
        return Gen.Frequency<JsonNode?>(
            (6, scalar),
            (1, inner.List[0, 3].Select(items => (JsonNode?)new JsonArray(items.ToArray()))),
            (1, Gen.Select(Gen.String.AlphaNumeric, inner).List[0, 3].Select(ObjectOf)));
    }

    /// <summary>A value of <paramref name="schema"/>.</summary>
    public static Gen<JsonNode?> For(JsonObject schema, int depth = 4)
    {
        schema = ResponseSchemas.Resolve(schema);
        if (schema["allOf"] is JsonArray parts) return For(Merge(parts), depth);
        if (schema["oneOf"] is JsonArray one) return Gen.OneOf<JsonNode?>(one.Select(s => (IGen<JsonNode?>)For(s!.AsObject(), depth)).ToArray());
        if (schema["anyOf"] is JsonArray any) return Gen.OneOf<JsonNode?>(any.Select(s => (IGen<JsonNode?>)For(s!.AsObject(), depth)).ToArray());
        var value = NonNull(schema, depth);
        return schema["nullable"]?.GetValue<bool>() == true ? Gen.Frequency<JsonNode?>((1, Gen.Const(() => (JsonNode?)null)), (6, value)) : value;
    }

    /// <summary>
    /// <paramref name="payload"/> with one value (property value or array item, at any depth; the whole payload when
    /// it has none) replaced by <paramref name="replacement"/>: mostly a value of the wrong kind.
    /// </summary>
    public static JsonNode? Replace(JsonNode? payload, int which, JsonNode? replacement)
    {
        var copy = payload?.DeepClone();
        var slots = new List<(JsonNode Parent, string? Name, int Index)>();
        Collect(copy, slots);
        if (slots.Count == 0) return replacement;
        var (parent, name, index) = slots[(int)((uint)which % (uint)slots.Count)];
        if (parent is JsonObject o) o[name!] = replacement;
        else ((JsonArray)parent)[index] = replacement;
        return copy;
    }

    /// <summary>
    /// <paramref name="payload"/> with the properties of every object (at any depth) in another order, drawn from
    /// <paramref name="seed"/>: the same value to a reader that matches names, a different stream of fields.
    /// </summary>
    public static JsonNode? Shuffle(JsonNode? payload, int seed) => Shuffled(payload?.DeepClone(), new Random(seed));

    private static JsonNode? Shuffled(JsonNode? node, Random random)
    {
        switch (node)
        {
            case JsonObject o:
                var properties = o.ToList();
                o.Clear();
                foreach (var (name, value) in properties.OrderBy(_ => random.Next())) o[name] = Shuffled(value, random);
                return o;
            case JsonArray a:
                var items = a.ToList();
                a.Clear();
                foreach (var item in items) a.Add(Shuffled(item, random));
                return a;
            default:
                return node;
        }
    }

    private static Gen<JsonNode?> NonNull(JsonObject schema, int depth)
    {
        if (schema["enum"] is JsonArray values)
            return Gen.OneOf(values.Where(v => v is not null).Select(v => v!.DeepClone()).ToArray()).Select(v => (JsonNode?)v.DeepClone());
        var type = schema["type"]?.GetValue<string>() ?? (schema["properties"] is not null ? "object" : null);
        return type switch
        {
            "object" => Object(schema, depth),
            "array" when depth > 0 && schema["items"] is JsonObject items => For(items, depth - 1).List[0, 4].Select(l => (JsonNode?)new JsonArray(l.ToArray())),
            "array" => Gen.Const(0).Select(_ => (JsonNode?)new JsonArray()),
            "string" => Text.Select(s => (JsonNode?)JsonValue.Create(s)),
            "integer" when schema["format"]?.GetValue<string>() == "int64" => Gen.Long.Select(l => (JsonNode?)JsonValue.Create(l)),
            "integer" => Gen.Frequency<int>((8, Gen.Int[-1000, 100_000]), (1, Gen.Int)).Select(i => (JsonNode?)JsonValue.Create(i)),
            "number" => Gen.OneOf<JsonNode?>(
                Gen.Int[-1_000_000, 1_000_000].Select(i => (JsonNode?)JsonNode.Parse((i / 100m).ToString(CultureInfo.InvariantCulture))),
                Gen.Int[0, 1000].Select(i => (JsonNode?)JsonValue.Create(i))),
            "boolean" => Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
            _ => AnyJson(Math.Min(depth, 2)),
        };
    }

    private static Gen<JsonNode?> Object(JsonObject schema, int depth)
    {
        var required = (schema["required"] as JsonArray)?.Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
        var properties = (schema["properties"] as JsonObject)?.Select(p => (p.Key, Schema: p.Value!.AsObject())).ToList() ?? [];
        var gens = properties.Select(p =>
        {
            var value = For(p.Schema, depth - 1).Select(v => (p.Key, Value: v, Present: true));
            return required.Contains(p.Key) ? value : Gen.Frequency<(string Key, JsonNode? Value, bool Present)>((3, value), (1, Gen.Const(() => (p.Key, Value: (JsonNode?)null, Present: false))));
        }).ToArray();
        var extras = Gen.Select(Gen.Int[0, 9], AnyJson(Math.Min(depth, 2))).List[0, 2];
        return Gen.Select(Sequence(gens), extras, (fields, unknown) =>
        {
            var result = new JsonObject();
            foreach (var (key, value, present) in fields)
            {
                if (present) result[key] = value;
            }

            foreach (var (n, value) in unknown) result[ExtraPrefix + n.ToString(CultureInfo.InvariantCulture)] = value;
            return (JsonNode?)result;
        });
    }

    private static Gen<List<T>> Sequence<T>(IReadOnlyList<Gen<T>> gens) =>
        gens.Aggregate(Gen.Const(new List<T>()), (acc, gen) => Gen.Select(acc, gen, (list, item) => new List<T>(list) { item }));

    private static JsonObject Merge(JsonArray parts)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var part in parts)
        {
            var schema = ResponseSchemas.Resolve(part!.AsObject());
            if (schema["allOf"] is JsonArray nested) schema = Merge(nested);
            if (schema["properties"] is JsonObject p)
            {
                foreach (var (k, v) in p) properties[k] = v!.DeepClone();
            }

            if (schema["required"] is JsonArray r)
            {
                foreach (var name in r) required.Add(name!.DeepClone());
            }
        }

        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["required"] = required };
    }

    private static JsonNode? ObjectOf(List<(string Name, JsonNode? Value)> fields)
    {
        var result = new JsonObject();
        foreach (var (name, value) in fields) result[name] = value;
        return result;
    }

    private static void Collect(JsonNode? node, List<(JsonNode, string?, int)> slots)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o)
                {
                    slots.Add((o, k, -1));
                    Collect(v, slots);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    slots.Add((a, null, i));
                    Collect(a[i], slots);
                }

                break;
        }
    }
}
