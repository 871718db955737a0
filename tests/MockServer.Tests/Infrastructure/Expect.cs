using System.Net;
using Newtonsoft.Json;

namespace LiveChat.Partners.Mock.Tests.Infrastructure;

/// <summary>Assertions on raw responses.</summary>
public static class Expect
{
    /// <summary>Asserts the status and returns the JSON body (strings kept as sent).</summary>
    public static async Task<JToken> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        return JToken.ReadFrom(reader);
    }

    /// <summary>Asserts an error: status, the error body's type for it, and (optionally) the named field.</summary>
    public static async Task<JObject> ErrorAsync(HttpResponseMessage response, HttpStatusCode status, string type, string? field = null)
    {
        var body = (JObject)await JsonAsync(response, status);
        Assert.Equal(type, (string?)body["error"]?["type"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["error"]?["message"]));
        if (field is not null)
        {
            var fields = body["error"]?["fields"]?.Select(f => (string?)f["name"]).ToList() ?? [];
            Assert.True(fields.Contains(field), $"expected field '{field}' in {body}");
        }

        return body;
    }

    /// <summary>The reason given for <paramref name="field"/>.</summary>
    public static string ReasonFor(JObject error, string field) =>
        (string)error["error"]!["fields"]!.First(f => (string?)f["name"] == field)["reason"]!;
}
