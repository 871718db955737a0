using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using LiveChat.Partners.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LiveChat.Partners.Reliability.Infrastructure;

/// <summary>
/// The mock of the testing kit on a real Kestrel socket, <c>http://127.0.0.1:0</c> (a free loopback port), in strict
/// mode, with the given settings on top; raw TCP for the tests of Kestrel's limits.
/// </summary>
public sealed class SocketMock : IAsyncDisposable
{
    private readonly LiveChatPartnersMock _mock;

    private SocketMock(LiveChatPartnersMock mock)
    {
        _mock = mock;
        BaseAddress = new Uri(mock.BaseUrl.ToString().TrimEnd('/') + "/");
    }

    /// <summary>The server's address (<c>http://127.0.0.1:{port}/</c>).</summary>
    public Uri BaseAddress { get; }

    /// <summary>The port the server listens on.</summary>
    public int Port => BaseAddress.Port;

    /// <summary>The token of the default sandbox.</summary>
    public const string DefaultToken = "socket-default-token";

    /// <summary>
    /// Starts a server; <paramref name="settings"/> are configuration keys such as <c>Mock:Limits:MaxSandboxes</c>;
    /// <paramref name="logs"/>, when given, receives what the server logs (at the levels the settings let through).
    /// </summary>
    public static async Task<SocketMock> StartAsync(IDictionary<string, string?> settings, ILoggerProvider? logs = null)
    {
        var options = new LiveChatPartnersMockOptions { Strict = true, CreateDefaultSandbox = true, DefaultToken = DefaultToken };
        options.Settings["Logging:LogLevel:Default"] = "None";
        foreach (var (key, value) in settings)
        {
            options.Settings[key] = value;
        }

        // A keyed mock: the kit's own admin calls send the key too.
        options.AdminKey = settings.TryGetValue("Mock:AdminKey", out var adminKey) ? adminKey : null;
        if (logs is not null)
        {
            options.ConfigureServices = services => services.AddLogging(logging => logging.AddProvider(logs));
        }

        var mock = await LiveChatPartnersMock.StartAsync(options);
        Assert.StartsWith("http://127.0.0.1:", mock.BaseUrl.ToString(), StringComparison.Ordinal);
        return new SocketMock(mock);
    }

    /// <summary>A fresh seeded sandbox (the kit's: credentials, faults, journal, typed admin API).</summary>
    public Task<LiveChatPartnersSandbox> CreateSandboxAsync() => _mock.CreateSandboxAsync();

    /// <summary>A client of the server (no redirects followed), with <paramref name="token"/> when given.</summary>
    public HttpClient Client(string? token = null)
    {
        var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }

    /// <summary>How long a <c>GET /health</c> takes (it must be answered 200).</summary>
    public async Task<TimeSpan> TimeHealthAsync()
    {
        using var http = Client();
        var watch = Stopwatch.StartNew();
        using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return watch.Elapsed;
    }

    /// <summary>A raw TCP connection to the server.</summary>
    public async Task<TcpClient> ConnectAsync()
    {
        var tcp = new TcpClient(AddressFamily.InterNetwork) { NoDelay = true };
        await tcp.ConnectAsync(IPAddress.Loopback, Port);
        return tcp;
    }

    /// <summary>Sends <paramref name="request"/> as raw bytes and reads until the server closes (at most <paramref name="timeout"/>).</summary>
    public async Task<RawResponse> SendRawAsync(byte[] request, TimeSpan? timeout = null)
    {
        using var tcp = await ConnectAsync();
        var stream = tcp.GetStream();
        await stream.WriteAsync(request);
        return await RawResponse.ReadAsync(stream, timeout ?? TimeSpan.FromSeconds(5));
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _mock.DisposeAsync();
}

/// <summary>An HTTP/1.1 answer read off a raw socket.</summary>
public sealed record RawResponse(int Status, string Head, string Body, bool ClosedByServer, TimeSpan Elapsed)
{
    /// <summary>Reads until the server closes the connection or <paramref name="timeout"/> passes (Status 0 when nothing came).</summary>
    public static async Task<RawResponse> ReadAsync(Stream stream, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        using var cancel = new CancellationTokenSource(timeout);
        var received = new MemoryStream();
        var buffer = new byte[8192];
        var closed = false;
        try
        {
            while (received.Length < 1024 * 1024)
            {
                var read = await stream.ReadAsync(buffer, cancel.Token);
                if (read == 0)
                {
                    closed = true;
                    break;
                }

                received.Write(buffer, 0, read);
            }
        }
        catch (OperationCanceledException)
        {
            // Timed out: the server kept the connection open.
        }
        catch (IOException)
        {
            closed = true; // reset by the server
        }

        var text = Encoding.UTF8.GetString(received.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? string.Empty : text[(split + 4)..];
        if (head.Contains("transfer-encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }

        var status = head.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && head.Length >= 12 && int.TryParse(head.AsSpan(9, 3), out var s) ? s : 0;
        return new RawResponse(status, head, body, closed, watch.Elapsed);
    }

    private static string Dechunk(string chunked)
    {
        var result = new StringBuilder();
        var at = 0;
        for (var guard = 0; guard < 10_000 && at < chunked.Length; guard++)
        {
            var end = chunked.IndexOf("\r\n", at, StringComparison.Ordinal);
            if (end < 0 || !int.TryParse(chunked.AsSpan(at, end - at), System.Globalization.NumberStyles.HexNumber, null, out var size) || size == 0)
            {
                break;
            }

            result.Append(chunked, end + 2, Math.Min(size, chunked.Length - end - 2));
            at = end + 2 + size + 2;
        }

        return result.ToString();
    }
}
