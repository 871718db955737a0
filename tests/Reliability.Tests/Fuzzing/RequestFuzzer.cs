using System.Globalization;
using System.Text;
using CsCheck;
using LiveChat.Partners.Mock.Spec;
using Newtonsoft.Json;
using NJsonSchema;
using NSwag;

namespace LiveChat.Partners.Reliability.Fuzzing;

/// <summary>
/// Generates requests for one operation of the spec that break one documented constraint at a time, from the
/// operation's own description: its JSON body (a missing required field, an extra field, a wrong type, a length or
/// range one past the limit, a bad enum or date, huge numbers, unicode and control characters, very long strings),
/// the body as a whole (truncated, oversized, not JSON, wrong media type, deeply nested), its query and path
/// parameters (<c>..</c>, <c>%2F</c>, encoded nulls, very long values) and headers.
/// </summary>
public sealed class RequestFuzzer(SpecOperation operation, int maxBodyBytes)
{
    private const string Hole = "\"__fuzz_hole__\"";

    /// <summary>Raw JSON values that are wrong for most fields.</summary>
    private static readonly string[] HostileJson =
    [
        "null", "true", "0", "-1", "1.5", "1e400", "-1e400", "18446744073709551616", "-9223372036854775809", "99999999999999999999999999999999",
        "\"\"", "\" \"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\u202Eevil\"", "\"\\ud800\"", "\"😀🏳️‍🌈\"", "\"Zażółć gęślą jaźń\"", "\"\\r\\nX-Injected: 1\"",
        "\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"", "\"../../etc/passwd\"", "\"%00\"", "\"${jndi:ldap://x}\"", "\"2024-13-45\"", "\"0000-00-00 00:00:00\"",
        "\"not-a-date\"", "\"9999-12-31T23:59:59Z\"", "[]", "[1,2,3]", "{}", "{\"a\":{\"b\":[null]}}", "\"NaN\"", "\"Infinity\"",
        "\"" + new string('a', 10_000) + "\"", "\"" + string.Concat(Enumerable.Repeat("ü", 5_000)) + "\"",
    ];

    /// <summary>Raw (unescaped) strings for query and path parameters.</summary>
    private static readonly string[] HostileText =
    [
        "", " ", "..", "../..", "/", "\\", "\0", "a\0b", "\u202E", "😀", "Ω≈ç√", "-1", "0", "1.5", "1e400", "18446744073709551616", "2024-13-45", "2024-02-30",
        "not-a-date", "<script>", "' OR 1=1 --", "%00", "%2F", "%252F", "true", "null", "[]", new string('9', 400), new string('x', 3_000),
        "\r\nX-Injected: 1", "a/../../_mock/sandboxes",
    ];

    /// <summary>Byte sequences that are not UTF-8 (RFC 3629): stray and truncated sequences, overlong forms, surrogates, past U+10FFFF.</summary>
    private static readonly (string Label, byte[] Bytes)[] NotUtf8 =
    [
        ("stray continuation 80", [0x80]), ("stray continuation BF", [0xBF]), ("truncated C3", [0xC3]), ("truncated E2 82", [0xE2, 0x82]),
        ("truncated F0 9F 98", [0xF0, 0x9F, 0x98]), ("overlong '/' C0 AF", [0xC0, 0xAF]), ("overlong C1 BF", [0xC1, 0xBF]),
        ("overlong '/' E0 80 AF", [0xE0, 0x80, 0xAF]), ("overlong '/' F0 80 80 AF", [0xF0, 0x80, 0x80, 0xAF]), ("overlong NUL C0 80", [0xC0, 0x80]),
        ("raw lone high surrogate ED A0 80", [0xED, 0xA0, 0x80]), ("raw lone low surrogate ED BF BF", [0xED, 0xBF, 0xBF]),
        ("raw surrogate pair (CESU-8) ED A0 BD ED B8 80", [0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80]), ("past U+10FFFF F4 90 80 80", [0xF4, 0x90, 0x80, 0x80]),
        ("5-byte form F8 88 80 80 80", [0xF8, 0x88, 0x80, 0x80, 0x80]), ("FE", [0xFE]), ("FF", [0xFF]), ("Latin-1 e-acute E9", [0xE9]),
        ("Windows-1252 quote 93", [0x93]),
    ];

    /// <summary>JSON escapes of surrogates: lone, reversed, doubled (valid JSON text; not a valid string of characters).</summary>
    private static readonly string[] SurrogateEscapes =
        [@"\ud800", @"\udbff", @"\udc00", @"\udfff", @"\ud800\ud800", @"\udc00\ud800", @"\ud83d", @"\ud83dx", @"\ud83d\ude00", @"\uD800\u0041", @"\ud800\"];

    /// <summary>Byte order marks and the encoding of the body after them.</summary>
    private static readonly (string Label, byte[] Bom, Encoding Encoding)[] Boms =
    [
        ("UTF-8 BOM", [0xEF, 0xBB, 0xBF], new UTF8Encoding(false)), ("two UTF-8 BOMs", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], new UTF8Encoding(false)),
        ("UTF-16 LE BOM", [0xFF, 0xFE], new UnicodeEncoding(false, false)), ("UTF-16 BE BOM", [0xFE, 0xFF], new UnicodeEncoding(true, false)),
        ("UTF-32 LE BOM", [0xFF, 0xFE, 0x00, 0x00], new UTF32Encoding(false, false)), ("UTF-16 LE without a BOM", [], new UnicodeEncoding(false, false)),
        ("UTF-8 BOM then UTF-16", [0xEF, 0xBB, 0xBF], new UnicodeEncoding(false, false)),
    ];

    /// <summary>Charset parameters on the JSON media type.</summary>
    private static readonly string[] Charsets =
        ["utf-8", "UTF-8", "\"utf-8\"", "utf8", "iso-8859-1", "latin1", "windows-1252", "us-ascii", "utf-16", "utf-16le", "utf-32", "x-no-such-charset", "", "\"\"", "utf-8, iso-8859-1", "utf-8; charset=iso-8859-1"];

    private readonly OpenApiParameter[] _query = operation.Operation.ActualParameters.Select(p => p.ActualParameter).Where(p => p.Kind == OpenApiParameterKind.Query).ToArray();
    private readonly OpenApiParameter[] _path = operation.Operation.ActualParameters.Select(p => p.ActualParameter).Where(p => p.Kind == OpenApiParameterKind.Path).ToArray();
    private readonly KeyValuePair<string, OpenApiMediaType>? _media = operation.Operation.ActualRequestBody?.Content is { Count: > 0 } content ? content.First() : null;

    /// <summary>The operation's constraints broken one at a time.</summary>
    public Gen<FuzzRequest> Generator()
    {
        var gens = new List<Gen<FuzzRequest>> { Headers(), WrongMediaType() };
        if (_media is { } media && media.Key.Contains("json", StringComparison.Ordinal) && media.Value.Schema?.ActualSchema is { } schema)
        {
            var properties = schema.ActualProperties.Keys.ToArray();
            if (properties.Length > 0)
            {
                gens.Add(Gen.OneOf<string>(properties).SelectMany(FieldValue));
                gens.Add(Gen.OneOf<string>(properties).Select(MissingField));
            }

            gens.Add(Gen.Const(0).Select(_ => ExtraField()));
            gens.Add(WholeBody());
            gens.Add(Gen.OneOf<FuzzRequest>([.. HostileBodies()]));
        }
        else if (_media is not null)
        {
            gens.Add(BinaryBody());
        }

        if (_query.Length > 0)
        {
            gens.Add(Gen.OneOf<OpenApiParameter>(_query).SelectMany(QueryValue));
            gens.Add(Gen.OneOf<OpenApiParameter>(_query).Select(q => Request($"query {q.Name}: missing", query: Query(except: q.Name))));
            gens.Add(Gen.OneOf<OpenApiParameter>(_query).Select(q => Request($"query {q.Name}: repeated", query: Query() + "&" + Uri.EscapeDataString(q.Name) + "=1")));
        }

        if (_path.Length > 0)
        {
            gens.Add(Gen.OneOf<OpenApiParameter>(_path).SelectMany(PathValue));
        }

        return Gen.OneOf<FuzzRequest>(gens.ToArray());
    }

    /// <summary>A valid-looking value for a schema (from its example, enum or limits).</summary>
    public static JToken Sample(JsonSchema schema, string? name = null)
    {
        var actual = schema.ActualSchema;
        if (actual.Example is not null)
        {
            return JToken.FromObject(actual.Example);
        }

        if (actual.Enumeration.Count > 0)
        {
            return JToken.FromObject(actual.Enumeration.First()!);
        }

        if (actual.Type.HasFlag(JsonObjectType.Object) || actual.ActualProperties.Count > 0)
        {
            var result = new JObject();
            foreach (var property in actual.ActualProperties)
            {
                result[property.Key] = Sample(property.Value, property.Key);
            }

            return result;
        }

        if (actual.Type.HasFlag(JsonObjectType.Array))
        {
            return actual.Item is null ? new JArray() : new JArray(Sample(actual.Item));
        }

        if (actual.Type.HasFlag(JsonObjectType.Integer))
        {
            return (long)(actual.Minimum ?? 1);
        }

        if (actual.Type.HasFlag(JsonObjectType.Number))
        {
            return actual.Minimum ?? 1m;
        }

        if (actual.Type.HasFlag(JsonObjectType.Boolean))
        {
            return false;
        }

        return actual.Format switch
        {
            "email" => $"fuzz-{name}@example.com",
            "date" => "2024-01-01",
            "date-time" => "2024-01-01T00:00:00Z",
            "uri" => "https://example.com",
            _ => new string('x', Math.Max(actual.MinLength ?? 0, 5)),
        };
    }

    private JObject BaseBody()
    {
        var media = _media!.Value.Value;
        var example = media.Examples?.Values.FirstOrDefault() is { } named ? named.ActualExample?.Value ?? named.Value : media.Example;
        // The YAML loader hands example scalars over as strings ("45"): typed by the schema, as the mock sends them.
        return example is null ? (JObject)Sample(media.Schema!) : (JObject)LiveChat.Partners.Mock.Spec.ExampleValue.Typed(example, media.Schema);
    }

    private Gen<FuzzRequest> FieldValue(string property)
    {
        var schema = _media!.Value.Value.Schema!.ActualSchema.ActualProperties[property].ActualSchema;
        var specific = new List<string>();
        if (schema.MinLength is { } min && min > 0)
        {
            specific.Add(JsonConvert.ToString(new string('a', min - 1)));
        }

        if (schema.MaxLength is { } max)
        {
            specific.Add(JsonConvert.ToString(new string('a', max + 1)));
        }

        if (schema.Minimum is { } minimum)
        {
            specific.Add((minimum - 1).ToString(CultureInfo.InvariantCulture));
        }

        if (schema.Maximum is { } maximum)
        {
            specific.Add((maximum + 1).ToString(CultureInfo.InvariantCulture));
        }

        if (schema.Enumeration.Count > 0)
        {
            specific.Add("\"not_a_documented_value\"");
            specific.Add(JsonConvert.ToString(schema.Enumeration.First()?.ToString()?.ToUpperInvariant() + " "));
        }

        if (schema.Pattern is not null)
        {
            specific.Add("\"!!! does not match ###\"");
        }

        return Gen.OneOf<string>([.. specific, .. HostileJson]).Select(raw =>
        {
            var body = BaseBody();
            body[property] = JToken.Parse(Hole);
            return Request($"body.{property} = {Describe(raw)}", body: body.ToString(Formatting.None).Replace(Hole, raw, StringComparison.Ordinal));
        });
    }

    private FuzzRequest MissingField(string property)
    {
        var body = BaseBody();
        body.Remove(property);
        return Request($"body.{property}: missing", body: body.ToString(Formatting.None));
    }

    private FuzzRequest ExtraField()
    {
        var body = BaseBody();
        body["__undocumented__"] = "extra";
        return Request("body: an undocumented field", body: body.ToString(Formatting.None));
    }

    private Gen<FuzzRequest> WholeBody()
    {
        var text = BaseBody().ToString(Formatting.None);
        return Gen.OneOf<FuzzRequest>(
            Gen.Int[1, Math.Max(1, text.Length - 1)].Select(cut => Request($"body: truncated at {cut}/{text.Length}", body: text[..cut])),
            Gen.OneOf<string>("", "null", "[]", "\"text\"", "42", "{", "}", "{\"a\":1}{\"b\":2}", "{\"name\":1,\"name\":2}", "<xml/>", "\u0000\u0001\u0002")
                .Select(raw => Request($"body: {Describe(raw)}", body: raw)),
            Gen.Const(0).Select(_ => Request("body: nested 10000 deep", body: new string('[', 10_000) + new string(']', 10_000))),
            Gen.Const(0).Select(_ => Request($"body: {maxBodyBytes + 1} bytes (over the limit)", body: "{\"x\":\"" + new string('a', maxBodyBytes) + "\"}")),
            Gen.Const(0).Select(_ => Request("body: UTF-16 with a UTF-8 Content-Type", bodyBytes: Encoding.Unicode.GetBytes(text))));
    }

    /// <summary>
    /// Every hostile body of the operation, in bytes: not UTF-8 (in a string value, between tokens, first), surrogate
    /// escapes, byte order marks, charsets. Empty for an operation without a JSON body.
    /// </summary>
    public IEnumerable<FuzzRequest> HostileBodies()
    {
        if (_media is not { } media || !media.Key.Contains("json", StringComparison.Ordinal) || media.Value.Schema is null)
        {
            yield break;
        }

        var body = BaseBody();
        var property = body.Properties().FirstOrDefault(p => p.Value.Type == JTokenType.String)?.Name ?? body.Properties().FirstOrDefault()?.Name ?? "__fuzz__";
        body[property] = JToken.Parse(Hole);
        var parts = body.ToString(Formatting.None).Split(Hole);
        var text = BaseBody().ToString(Formatting.None);
        foreach (var (label, bytes) in NotUtf8)
        {
            yield return Request($"bytes: {label} in body.{property}", bodyBytes: [.. Encoding.UTF8.GetBytes(parts[0] + "\"ab"), .. bytes, .. Encoding.UTF8.GetBytes("cd\"" + parts[1])]);
            yield return Request($"bytes: {label} between tokens", bodyBytes: [.. Encoding.UTF8.GetBytes(text[..1]), .. bytes, .. Encoding.UTF8.GetBytes(text[1..])]);
            yield return Request($"bytes: {label} first", bodyBytes: [.. bytes, .. Encoding.UTF8.GetBytes(text)]);
        }

        foreach (var escape in SurrogateEscapes)
        {
            yield return Request($"escape: {escape} in body.{property}", body: parts[0] + "\"ab" + escape + "cd\"" + parts[1]);
        }

        foreach (var (label, bom, encoding) in Boms)
        {
            yield return Request($"BOM: {label}", bodyBytes: [.. bom, .. encoding.GetBytes(text)]);
        }

        foreach (var charset in Charsets)
        {
            var encoding = charset.Contains("16", StringComparison.Ordinal) ? Encoding.Unicode : charset.Contains("32", StringComparison.Ordinal) ? Encoding.UTF32 : Encoding.UTF8;
            yield return Request($"charset: {charset}", bodyBytes: encoding.GetBytes(text), contentType: $"{media.Key}; charset={charset}");
        }
    }

    private Gen<FuzzRequest> BinaryBody() => Gen.OneOf<FuzzRequest>(
        Gen.Byte.Array[0, 2048].Select(bytes => Request($"body: {bytes.Length} random bytes", bodyBytes: bytes)),
        Gen.Const(0).Select(_ => Request($"body: {maxBodyBytes + 1} bytes (over the limit)", bodyBytes: new byte[maxBodyBytes + 1])));

    private Gen<FuzzRequest> WrongMediaType() =>
        Gen.OneOf<string>("text/plain", "application/xml", "multipart/form-data", "application/x-www-form-urlencoded", "application/json; charset=utf-16", "image/gif", "application/octet-stream", "bogus")
            .Select(type => Request($"Content-Type: {type}", body: _media is null ? "{}" : BaseBodyOrEmpty(), contentType: type));

    private string BaseBodyOrEmpty() =>
        _media is { } media && media.Key.Contains("json", StringComparison.Ordinal) ? BaseBody().ToString(Formatting.None) : "{\"a\":1}";

    private Gen<FuzzRequest> Headers() => Gen.OneOf<FuzzRequest>(
        Gen.OneOf<string>("Bearer", "Basic dXNlcjpwYXNz", "Bearer a b", "bearer", "Bearer \u00e9t\u00e9", new string('x', 8_000))
            .Select(auth => Request($"Authorization: {Describe(auth)}", headers: [new("Authorization", auth)], anonymous: true)),
        Gen.OneOf<string>("code=999", "code=abc", "code=200, example=nope", "code=-1", "code=99999999999", "example=" + new string('e', 2_000))
            .Select(prefer => Request($"Prefer: {Describe(prefer)}", headers: [new("Prefer", prefer)])));

    private Gen<FuzzRequest> QueryValue(OpenApiParameter parameter)
    {
        var specific = new List<string>();
        if (parameter.ActualSchema?.Enumeration.Count > 0)
        {
            specific.Add("not_a_documented_value");
        }

        return Gen.OneOf<string>([.. specific, .. HostileText]).Select(value =>
            Request($"query {parameter.Name} = {Describe(value)}", query: Query(parameter.Name, value)));
    }

    private Gen<FuzzRequest> PathValue(OpenApiParameter parameter) =>
        Gen.OneOf<(string Escaped, string Label)>(
            Gen.OneOf<string>(HostileText).Select(value => (Escaped: Uri.EscapeDataString(value), Label: Describe(value))),
            Gen.OneOf<string>("%2F", "%2e%2e", "..%2F..%2F_mock", "%00", "%2500", "%C0%AF", "%FF%FE", "%", "%zz").Select(raw => (Escaped: raw, Label: "raw " + raw)))
        .Select(v => Request($"path {parameter.Name} = {v.Label}", path: Path(parameter.Name, v.Escaped)));

    private string Path(string? brokenName = null, string? brokenEscaped = null) =>
        System.Text.RegularExpressions.Regex.Replace(operation.Route, "{([^}]+)}", m => m.Groups[1].Value == brokenName
            ? brokenEscaped!
            : Uri.EscapeDataString(SeedPath(m.Groups[1].Value)));

    private static string SeedPath(string name) => name switch
    {
        "invoice_year" => "2019",
        "invoice_month" => "3",
        "invoice_partner_id" => "xyz",
        _ => Infrastructure.StateSnapshot.SeedPathValues.GetValueOrDefault(name, "1"),
    };

    private string Query(string? brokenName = null, string? brokenValue = null, string? except = null)
    {
        var parts = new List<string>();
        foreach (var parameter in _query.Where(q => q.Name != except))
        {
            if (parameter.Name == brokenName)
            {
                parts.Add($"{Uri.EscapeDataString(parameter.Name)}={Uri.EscapeDataString(brokenValue!)}");
            }
            else if (parameter.IsRequired)
            {
                var sample = parameter.Example?.ToString() ?? (parameter.ActualSchema is { } s ? Sample(s, parameter.Name).ToString() : "1");
                parts.Add($"{Uri.EscapeDataString(parameter.Name)}={Uri.EscapeDataString(sample)}");
            }
        }

        return string.Join("&", parts);
    }

    private FuzzRequest Request(string rule, string? body = null, byte[]? bodyBytes = null, string? contentType = null, string? query = null, string? path = null, KeyValuePair<string, string>[]? headers = null, bool anonymous = false)
    {
        var pathAndQuery = (path ?? Path()) + (query ?? Query()) switch { "" => string.Empty, var q => "?" + q };
        var bytes = bodyBytes ?? (body is null ? null : Encoding.UTF8.GetBytes(body));
        if (bytes is null && _media is not null)
        {
            bytes = Encoding.UTF8.GetBytes(BaseBodyOrEmpty());
        }

        var type = contentType ?? (bytes is null ? null : _media?.Key ?? "application/json");
        var all = (headers ?? []).ToList();
        if (anonymous)
        {
            all.Add(new("X-Fuzz-Anonymous", "1"));
        }

        return new FuzzRequest(rule, operation.Method, pathAndQuery, type, bytes, all);
    }

    private static string Describe(string raw) => raw.Length > 40 ? $"{raw[..20]}…({raw.Length} chars)" : raw.Replace("\0", "\\0", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
