using System.Text.Unicode;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.Mock.Validation;

/// <summary>
/// Parses JSON exactly as sent: UTF-8 only (RFC 8259; a leading UTF-8 byte order mark is ignored, anything that is
/// not UTF-8 is refused with the offset of the first bad byte), strings stay strings (no date guessing), numbers
/// keep their precision, a repeated property is an error.
/// </summary>
public static class JsonBody
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes and parses <paramref name="body"/>.</summary>
    public static ParsedJson Parse(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith(Utf8Bom))
        {
            body = body[Utf8Bom.Length..];
        }

        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
        {
            return ParsedJson.Failed($"is not UTF-8: the byte 0x{body[read]:X2} at offset {read} does not start a valid UTF-8 sequence");
        }

        var json = TryParse(new string(chars, 0, written), out var problem);
        return json is null ? ParsedJson.Failed(problem!) : ParsedJson.Parsed(json);
    }

    /// <summary>Parses <paramref name="text"/>; returns null and a reason when it is not one JSON value.</summary>
    public static JToken? TryParse(string text, out string? problem)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(text))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
            };
            var token = JToken.ReadFrom(reader, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
            if (reader.Read())
            {
                problem = $"malformed JSON: unexpected content after the value at position {reader.LinePosition}";
                return null;
            }

            problem = null;
            return token;
        }
        catch (JsonReaderException e)
        {
            problem = $"malformed JSON: {e.Message}";
            return null;
        }
    }
}
