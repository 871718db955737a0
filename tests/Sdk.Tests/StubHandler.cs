using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace LiveChat.Partners.Tests;

/// <summary>A fake transport: records every request it receives and answers from a script.</summary>
internal sealed class StubHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage>> _script = new();

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>Answer used when the script is empty.</summary>
    public Func<HttpRequestMessage, HttpResponseMessage> Default { get; set; } = _ => Json(HttpStatusCode.OK, "{}");

    public StubHandler Then(Func<HttpRequestMessage, HttpResponseMessage> answer)
    {
        _script.Enqueue(answer);
        return this;
    }

    public StubHandler Then(HttpStatusCode status, string json = "{}", Action<HttpResponseMessage>? configure = null) =>
        Then(_ =>
        {
            var response = Json(status, json);
            configure?.Invoke(response);
            return response;
        });

    public StubHandler ThenThrow(Exception exception) => Then(_ => throw exception);

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var bytes = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var body = bytes is null ? null : Encoding.UTF8.GetString(bytes);
        lock (Requests)
        {
            Requests.Add(new RecordedRequest(
                request.Method,
                request.RequestUri!,
                request.Headers.Authorization?.ToString(),
                request.Headers.TryGetValues("User-Agent", out var ua) ? string.Join(" ", ua) : null,
                request.Content?.Headers.ContentType?.MediaType,
                body,
                bytes));
        }

        var answer = _script.TryDequeue(out var next) ? next : Default;
        var response = answer(request);
        response.RequestMessage = request;
        return response;
    }

    public int Count
    {
        get
        {
            lock (Requests) return Requests.Count;
        }
    }

    /// <summary>Waits (in real time, briefly) until <paramref name="count"/> requests arrived.</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        for (var i = 0; i < 500 && Count < count; i++) await Task.Delay(10);
        Assert.True(Count >= count, $"expected {count} requests, got {Count}");
    }
}

internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string? UserAgent, string? ContentType, string? Body, byte[]? BodyBytes);
