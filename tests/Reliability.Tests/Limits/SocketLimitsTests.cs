using System.Diagnostics;
using System.Net;
using System.Text;

namespace LiveChat.Partners.Reliability.Limits;

/// <summary>One mock on a real loopback socket with small Kestrel limits (set through <c>Mock:Limits</c>).</summary>
public sealed class SocketLimitsServer : IAsyncLifetime
{
    public const int MaxRequestLine = 2048;
    public const int MaxHeaders = 4096;
    public const int MaxBody = 8192;

    public SocketMock Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await SocketMock.StartAsync(new Dictionary<string, string?>
    {
        ["Mock:MaxBodyBytes"] = MaxBody.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mock:Limits:MaxRequestLineBytes"] = MaxRequestLine.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mock:Limits:MaxRequestHeadersTotalBytes"] = MaxHeaders.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mock:Limits:RequestHeadersTimeout"] = "00:00:01",
        ["Mock:Limits:MinRequestBodyBytesPerSecond"] = "1000",
        ["Mock:Limits:MinRequestBodyGracePeriod"] = "00:00:01.5",
    });

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>Kestrel's limits on a real socket: what the in-memory server cannot show.</summary>
public sealed class SocketLimitsTests(SocketLimitsServer fixture) : IClassFixture<SocketLimitsServer>
{
    private SocketMock Server => fixture.Server;

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    [Fact]
    public async Task The_server_listens_on_loopback_only_and_answers()
    {
        Assert.Equal("127.0.0.1", Server.BaseAddress.Host);
        Assert.True(await Server.TimeHealthAsync() < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task An_oversized_header_block_gets_431()
    {
        var big = new string('a', SocketLimitsServer.MaxHeaders + 500);
        var response = await Server.SendRawAsync(Ascii($"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: {big}\r\nConnection: close\r\n\r\n"));
        Assert.Equal(431, response.Status);

        // Many small headers adding up past the limit too.
        var many = string.Concat(Enumerable.Range(0, 60).Select(i => $"X-H{i}: {new string('b', 80)}\r\n"));
        Assert.Equal(431, (await Server.SendRawAsync(Ascii($"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n{many}Connection: close\r\n\r\n"))).Status);

        // Just under the limit is fine.
        var fits = new string('a', SocketLimitsServer.MaxHeaders - 200);
        Assert.Equal(200, (await Server.SendRawAsync(Ascii($"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Fits: {fits}\r\nConnection: close\r\n\r\n"))).Status);
    }

    [Fact]
    public async Task An_oversized_request_line_gets_414()
    {
        var query = new string('q', SocketLimitsServer.MaxRequestLine + 100);
        Assert.Equal(414, (await Server.SendRawAsync(Ascii($"GET /v2/partners/tokens?x={query} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))).Status);

        using var http = Server.Client(SocketMock.DefaultToken);
        using var response = await http.GetAsync(new Uri("/v2/partners/" + new string('p', SocketLimitsServer.MaxRequestLine), UriKind.Relative));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }

    [Theory]
    [InlineData("GET /v2/partners/\0tokens HTTP/1.1")]  // a raw NUL in the target
    [InlineData("GET v2/partners/tokens HTTP/1.1")]     // not origin-form
    [InlineData("GET /v2/partners/to kens HTTP/1.1")]   // a space in the target
    [InlineData("GET /v2/partners/tokens HTTP/9.9")]    // unknown version
    [InlineData("G\x01T /v2/partners/tokens HTTP/1.1")] // a control character in the method
    public async Task A_malformed_request_target_gets_400(string requestLine)
    {
        var response = await Server.SendRawAsync(Ascii($"{requestLine}\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {SocketMock.DefaultToken}\r\nConnection: close\r\n\r\n"));
        Assert.True(response.Status is 400 or 505, response.Head);
    }

    [Fact]
    public async Task An_encoded_NUL_in_the_path_is_refused_by_Kestrel_with_400_before_the_app()
    {
        // Kestrel will not decode %00 into a path: a bare 400 (no body) that never reaches the mock or its journal.
        using var http = Server.Client(SocketMock.DefaultToken);
        using var response = await http.GetAsync(new Uri("/v2/partners/resellers/licenses/12%003", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        // In the query string it is data: the app answers with a documented status and the error body.
        using var query = await http.GetAsync(new Uri("/v2/partners/resellers/licenses?date_from=2020-01-01%00", UriKind.Relative));
        var body = await query.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, query.StatusCode);
        Assert.Null(ErrorBodyShape.Problem(body));
    }

    [Fact]
    public async Task An_oversized_body_with_a_Content_Length_gets_413_with_the_error_body()
    {
        var body = "{\"label\": \"" + new string('x', SocketLimitsServer.MaxBody) + "\"}";
        var response = await Server.SendRawAsync(Ascii(
            $"POST /v2/partners/tokens HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {SocketMock.DefaultToken}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}"));
        Assert.Equal(413, response.Status);
        Assert.Null(ErrorBodyShape.Problem(response.Body));
        Assert.Equal("entity_too_large", (string?)JObject.Parse(response.Body)["error"]!["type"]);
    }

    [Fact]
    public async Task An_oversized_chunked_body_gets_413_with_the_error_body()
    {
        var chunk = new string('x', 4000);
        var chunks = string.Concat(Enumerable.Repeat($"{chunk.Length:x}\r\n{chunk}\r\n", 3)) + "0\r\n\r\n";
        var response = await Server.SendRawAsync(Ascii(
            $"POST /v2/partners/tokens HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {SocketMock.DefaultToken}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{chunks}"));
        Assert.Equal(413, response.Status);
        Assert.Null(ErrorBodyShape.Problem(response.Body));
    }

    [Fact]
    public async Task An_oversized_admin_body_gets_413_with_the_error_body()
    {
        var body = "{\"partner_id\": \"" + new string('x', SocketLimitsServer.MaxBody) + "\"}";
        var chunks = $"{body.Length:x}\r\n{body}\r\n0\r\n\r\n";
        var response = await Server.SendRawAsync(Ascii(
            $"POST /_mock/sandboxes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{chunks}"));
        Assert.Equal(413, response.Status);
        Assert.Null(ErrorBodyShape.Problem(response.Body));
    }

    [Fact]
    public async Task Clients_trickling_their_headers_are_timed_out_without_holding_the_server()
    {
        const int slowClients = 16;
        var connections = new List<System.Net.Sockets.TcpClient>();
        try
        {
            for (var i = 0; i < slowClients; i++)
            {
                var tcp = await Server.ConnectAsync();
                connections.Add(tcp);
                await tcp.GetStream().WriteAsync(Ascii("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
            }

            // Keep trickling one header line per 200 ms (bounded: 10 rounds) while timing normal requests.
            using var stop = new CancellationTokenSource();
            var trickle = Task.Run(async () =>
            {
                for (var round = 0; round < 10 && !stop.IsCancellationRequested; round++)
                {
                    foreach (var tcp in connections)
                    {
                        try
                        {
                            await tcp.GetStream().WriteAsync(Ascii($"X-Slow-{round}: x\r\n"));
                        }
                        catch (IOException)
                        {
                            // closed by the server
                        }
                    }

                    await Task.Delay(200, CancellationToken.None);
                }
            });

            for (var i = 0; i < 5; i++)
            {
                Assert.True(await Server.TimeHealthAsync() < TimeSpan.FromMilliseconds(500), "a normal request waited behind the slow clients");
            }

            var watch = Stopwatch.StartNew();
            var answers = await Task.WhenAll(connections.Select(c => RawResponse.ReadAsync(c.GetStream(), TimeSpan.FromSeconds(4))));
            stop.Cancel();
            await trickle;
            Assert.All(answers, a => Assert.True(a.ClosedByServer, $"a slow client was still connected after {a.Elapsed}"));
            Assert.All(answers, a => Assert.True(a.Status is 0 or 408, a.Head));
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4));
            Assert.True(await Server.TimeHealthAsync() < TimeSpan.FromMilliseconds(500));
        }
        finally
        {
            connections.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public async Task A_body_sent_too_slowly_is_timed_out_without_holding_the_server()
    {
        using var tcp = await Server.ConnectAsync();
        var stream = tcp.GetStream();
        await stream.WriteAsync(Ascii(
            $"POST /v2/partners/tokens HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {SocketMock.DefaultToken}\r\nContent-Type: application/json\r\nContent-Length: 4000\r\nConnection: close\r\n\r\n{{\"label\": \""));

        // 1 byte every 100 ms (10 B/s, far below the 1000 B/s minimum), for at most 40 rounds (4 s).
        var watch = Stopwatch.StartNew();
        var closed = false;
        var reading = RawResponse.ReadAsync(stream, TimeSpan.FromSeconds(5));
        for (var round = 0; round < 40 && !reading.IsCompleted; round++)
        {
            try
            {
                await stream.WriteAsync(Ascii("x"));
            }
            catch (IOException)
            {
                closed = true;
                break;
            }

            if (round == 5)
            {
                Assert.True(await Server.TimeHealthAsync() < TimeSpan.FromMilliseconds(500));
            }

            await Task.Delay(100);
        }

        var answer = await reading;
        Assert.True(closed || answer.ClosedByServer, $"still connected after {watch.Elapsed}");
        Assert.True(answer.Status is 0 or 408, answer.Head);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4.5), $"took {watch.Elapsed}");

        // Nothing was created from the half-sent body.
        using var http = Server.Client(SocketMock.DefaultToken);
        var tokens = await Json.ResultAsync(http, "/v2/partners/tokens");
        Assert.DoesNotContain(tokens, t => ((string?)t["label"] ?? string.Empty).StartsWith('x'));
    }
}
