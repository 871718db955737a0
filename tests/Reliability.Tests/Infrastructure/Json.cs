using System.Net;
using System.Text;

namespace LiveChat.Partners.Reliability.Infrastructure;

/// <summary>Small raw-HTTP helpers: JSON in, status and JSON out.</summary>
public static class Json
{
    /// <summary>Sends <paramref name="body"/> as JSON; returns the status and the parsed answer (null when empty).</summary>
    public static async Task<(HttpStatusCode Status, JToken? Body)> SendAsync(HttpClient http, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(body), Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JToken.Parse(text));
    }

    /// <summary>GETs a list operation's <c>result</c>.</summary>
    public static async Task<JArray> ResultAsync(HttpClient http, string path)
    {
        var (status, body) = await SendAsync(http, HttpMethod.Get, path);
        Assert.Equal(HttpStatusCode.OK, status);
        return (JArray)body!["result"]!;
    }
}
