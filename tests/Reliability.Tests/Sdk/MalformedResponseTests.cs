using System.Net;
using System.Text;
using LiveChat.Partners.Models;

namespace LiveChat.Partners.Reliability.Sdk;

/// <summary>Malformed or unexpected answers give a clear exception (or a model with nulls), never a NullReferenceException.</summary>
public sealed class MalformedResponseTests
{
    public static TheoryData<string, int, string, string> Answers() => new()
    {
        { "truncated JSON", 200, "application/json", """{"result":[{"id":1,"descrip""" },
        { "HTML error page", 502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>" },
        { "HTML with 200", 200, "text/html", "<html><body>maintenance</body></html>" },
        { "JSON as text/plain", 200, "text/plain", """{"result":[]}""" },
        { "empty 200", 200, "application/json", "" },
        { "null", 200, "application/json", "null" },
        { "array instead of object", 200, "application/json", "[1,2,3]" },
        { "wrong types", 200, "application/json", """{"result":"not a list"}""" },
        { "missing fields", 200, "application/json", """{"result":[{}]}""" },
        { "extra fields", 200, "application/json", """{"result":[{"id":1,"description":"x","surprise":{"a":[1]}}],"more":true}""" },
        { "error body with wrong shape", 400, "application/json", """{"error":"just a string"}""" },
        { "error body not JSON", 401, "application/json", "Unauthorized" },
        { "huge number", 200, "application/json", """{"result":[{"id":1e400,"description":"x"}]}""" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task A_malformed_answer_never_gives_a_NullReferenceException(string label, int status, string contentType, string body)
    {
        using var client = new LiveChatPartnersClient(new LiveChatPartnersClientOptions
        {
            Token = "sdk-secret-token-123",
            BaseUrl = new Uri("https://api.example.test"),
            HttpMessageHandler = new FixedAnswer((HttpStatusCode)status, contentType, body),
            Retry = { MaxRetries = 0 },
        });

        Exception? error = null;
        try
        {
            var coupons = await client.Coupons.GetAsync();
            _ = coupons?.Result?.Select(c => c.ToString()).ToList();
        }
        catch (Exception e)
        {
            error = e;
        }

        Assert.False(error is NullReferenceException or InvalidCastException or IndexOutOfRangeException, $"{label}: {error}");
        if (status >= 400)
        {
            var api = Assert.IsType<ErrorResponse>(error);
            Assert.Equal(status, api.ResponseStatusCode);
        }

        Assert.DoesNotContain("sdk-secret-token-123", error?.ToString() ?? string.Empty);
    }

    private sealed class FixedAnswer(HttpStatusCode status, string contentType, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { { "Content-Type", contentType } } }, RequestMessage = request });
    }
}
