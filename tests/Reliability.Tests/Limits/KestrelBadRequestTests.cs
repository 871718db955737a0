using System.Text;
using Microsoft.Extensions.Logging;

namespace LiveChat.Partners.Reliability.Limits;

/// <summary>A mock on a real socket whose logs (Information and up, console off) are captured.</summary>
public sealed class LoggedServer : IAsyncLifetime
{
    public CapturedLogs Logs { get; } = new();

    public SocketMock Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await SocketMock.StartAsync(
        new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:Console:LogLevel:Default"] = "None",
        },
        Logs);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>
/// A request Kestrel finds malformed while the mock reads its body (a bad chunk) is the client's fault: it gets the
/// error body with Kestrel's status, and the log says what happened in one line, without a stack trace, never
/// "unhandled exception".
/// </summary>
public sealed class KestrelBadRequestTests(LoggedServer fixture) : IClassFixture<LoggedServer>
{
    [Fact]
    public async Task A_malformed_chunk_is_a_400_with_the_error_body_logged_in_one_line_without_a_stack_trace()
    {
        var path = $"/v2/partners/tokens?case={Guid.NewGuid():N}";
        var response = await fixture.Server.SendRawAsync(Encoding.ASCII.GetBytes(
            $"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {SocketMock.DefaultToken}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{{}}\r\n0\r\n\r\n"));

        Assert.Equal(400, response.Status);
        Assert.Null(ErrorBodyShape.Problem(response.Body));
        var lines = await LinesAsync(l => l.Message.Contains("POST /v2/partners/tokens", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Message.Contains("unhandled exception", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(lines, l => l.Exception is Microsoft.AspNetCore.Http.BadHttpRequestException && l.Level >= LogLevel.Warning);
        var line = Assert.Single(lines, l => l.Category.EndsWith("ErrorHandlingMiddleware", StringComparison.Ordinal) && l.Message.Contains("/v2/partners/tokens", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Null(line.Exception);
        Assert.DoesNotContain('\n', line.Message);
        Assert.Contains("400", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_cut_short_by_the_client_is_logged_in_one_line_as_such()
    {
        using (var tcp = await fixture.Server.ConnectAsync())
        {
            var stream = tcp.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(
                $"PUT /v2/partners/password HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {SocketMock.DefaultToken}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"label\": "));
            await stream.FlushAsync();
            await Task.Delay(100);
        }

        var lines = await LinesAsync(l => l.Message.Contains("PUT /v2/partners/password", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Message.Contains("unhandled exception", StringComparison.OrdinalIgnoreCase));
        var line = Assert.Single(lines, l => l.Category.EndsWith("ErrorHandlingMiddleware", StringComparison.Ordinal) && l.Message.Contains("PUT /v2/partners/password", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Null(line.Exception);
        Assert.Contains("closed the connection", line.Message, StringComparison.Ordinal);
    }

    /// <summary>The captured lines once one matches <paramref name="awaited"/> (the server logs as it finishes the request), or after 3 s.</summary>
    private async Task<IReadOnlyList<LogLine>> LinesAsync(Func<LogLine, bool> awaited)
    {
        for (var attempt = 0; attempt < 60 && !fixture.Logs.Lines.Any(l => l.Category.EndsWith("ErrorHandlingMiddleware", StringComparison.Ordinal) && awaited(l)); attempt++)
        {
            await Task.Delay(50);
        }

        await Task.Delay(100); // anything Kestrel logs about the same connection comes right after
        return fixture.Logs.Lines;
    }
}
