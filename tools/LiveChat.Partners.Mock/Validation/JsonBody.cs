using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.Mock.Validation;

/// <summary>Parses JSON exactly as sent: strings stay strings (no date guessing), numbers keep their precision.</summary>
public static class JsonBody
{
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
