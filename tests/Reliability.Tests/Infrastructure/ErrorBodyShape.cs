namespace LiveChat.Partners.Reliability.Infrastructure;

/// <summary>The spec's error body: <c>{"error": {"type", "message", "fields": [{"name", "reason"}]}}</c>.</summary>
public static class ErrorBodyShape
{
    /// <summary>Null when <paramref name="text"/> is the error body, else what is wrong with it.</summary>
    public static string? Problem(string text)
    {
        JObject body;
        try
        {
            body = JObject.Parse(text);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return $"not a JSON object: {Shorten(text)}";
        }

        if (body["error"] is not JObject error)
        {
            return $"no 'error' object: {Shorten(text)}";
        }

        if (error["type"]?.Type != JTokenType.String || error["message"]?.Type != JTokenType.String || string.IsNullOrWhiteSpace((string?)error["message"]))
        {
            return $"error.type and error.message must be strings: {Shorten(text)}";
        }

        if (error["fields"] is { } fields && (fields is not JArray array || array.Any(f => f["name"]?.Type != JTokenType.String || f["reason"]?.Type != JTokenType.String)))
        {
            return $"error.fields must be [{{name, reason}}]: {Shorten(text)}";
        }

        return null;
    }

    /// <summary>At most 300 characters of <paramref name="text"/>.</summary>
    public static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
