using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace LiveChat.Partners.Reliability.Journal;

/// <summary>A mock on a real socket with a small body limit (64 KiB) and small caps (10 objects of each kind).</summary>
public sealed class JournalServer : IAsyncLifetime
{
    public const int MaxBodyBytes = 64 * 1024;
    public const int MaxObjects = 10;

    public SocketMock Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await SocketMock.StartAsync(new Dictionary<string, string?>
    {
        ["Mock:MaxBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mock:Limits:MaxObjectsPerKind"] = MaxObjects.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>
/// The journal tells the truth: for every kind of outcome the entry's <c>status</c> is the status the client
/// received on the socket, and a dropped connection is journalled as dropped (status 0), not as a 200.
/// </summary>
public sealed class JournalTruthTests(JournalServer fixture) : IClassFixture<JournalServer>
{
    private const string Api = "/v2/partners";

    private SocketMock Server => fixture.Server;

    /// <summary>A fresh sandbox: its id and a client authenticated for it.</summary>
    private async Task<(string Id, HttpClient Http)> SandboxAsync()
    {
        var sandbox = await Server.CreateSandboxAsync();
        return (sandbox.PartnerId, Server.Client(sandbox.Token));
    }

    /// <summary>The sandbox's journal entries (waiting up to 2 s for <paramref name="count"/> of them: a dropped request is journalled as the server finishes it).</summary>
    private async Task<IReadOnlyList<JToken>> JournalAsync(string id, int count = 1, string? journal = null)
    {
        using var admin = Server.Client();
        for (var attempt = 0; ; attempt++)
        {
            var (status, body) = await Json.SendAsync(admin, HttpMethod.Get, journal ?? $"/_mock/sandboxes/{id}/journal");
            Assert.Equal(HttpStatusCode.OK, status);
            var entries = body!["result"]!.ToList();
            if (entries.Count >= count || attempt == 40)
            {
                return entries;
            }

            await Task.Delay(50);
        }
    }

    private async Task ArmFaultAsync(string id, object rule)
    {
        using var admin = Server.Client();
        var (status, body) = await Json.SendAsync(admin, HttpMethod.Post, $"/_mock/sandboxes/{id}/faults", rule);
        Assert.True(status == HttpStatusCode.Created, body?.ToString());
    }

    /// <summary>Sends <paramref name="request"/>; asserts the client got <paramref name="expected"/>, and the journal's last entry says the same.</summary>
    private async Task AssertJournalledAsync(string id, HttpClient http, HttpRequestMessage request, int expected, string? operationId = null)
    {
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == (int)response.StatusCode, $"expected {expected}, got {(int)response.StatusCode}: {ErrorBodyShape.Shorten(text)}");
        var entry = (await JournalAsync(id))[^1];
        Assert.Equal((int)response.StatusCode, (int)entry["status"]!);
        Assert.False((bool)entry["dropped"]!);
        if (operationId is not null)
        {
            Assert.Equal(operationId, (string?)entry["operation_id"]);
        }
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, new Uri(Api + path, UriKind.Relative));

    private static HttpRequestMessage Post(string path, string json, string contentType = "application/json") =>
        new(HttpMethod.Post, new Uri(Api + path, UriKind.Relative)) { Content = new StringContent(json, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType)) };

    [Fact]
    public async Task A_success_is_journalled_with_its_200()
    {
        var (id, http) = await SandboxAsync();
        using var _ = http;
        await AssertJournalledAsync(id, http, Get("/coupons"), 200, "getActiveCoupons");
        Assert.Equal("operation", (string?)(await JournalAsync(id))[^1]["origin"]);
    }

    [Fact]
    public async Task A_schema_error_is_journalled_with_its_400()
    {
        var (id, http) = await SandboxAsync();
        using var _ = http;
        await AssertJournalledAsync(id, http, Post("/tokens", "{\"label\": 42}"), 400, "createApiToken");
        Assert.Equal("validation", (string?)(await JournalAsync(id))[^1]["origin"]);
    }

    [Theory]
    [InlineData("GET", "/resellers/licenses/99999", null, 404)]
    [InlineData("POST", "/affiliates/livechat/campaigns", "{\"name\": \"Hello World!\", \"trial_duration\": 14}", 409)]
    [InlineData("DELETE", "/affiliates/livechat/campaigns/pp_no-such-campaign", null, 403)]
    public async Task A_domain_refusal_is_journalled_with_its_status_not_200(string method, string path, string? json, int status)
    {
        var (id, http) = await SandboxAsync();
        using var _ = http;
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(Api + path, UriKind.Relative));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        await AssertJournalledAsync(id, http, request, status);
    }

    [Fact]
    public async Task An_injected_fault_status_is_journalled_with_that_status()
    {
        var (id, http) = await SandboxAsync();
        using var _ = http;
        await ArmFaultAsync(id, new { path = "/v2/partners/coupons", status = 503 });
        await AssertJournalledAsync(id, http, Get("/coupons"), 503);
        Assert.Equal("fault", (string?)(await JournalAsync(id))[^1]["origin"]);
    }

    [Fact]
    public async Task A_delayed_request_is_journalled_with_the_status_it_got_after_the_delay()
    {
        var (id, http) = await SandboxAsync();
        using var _ = http;
        await ArmFaultAsync(id, new { path = "/v2/partners/resellers/licenses/99999", delay_ms = 200 });
        await AssertJournalledAsync(id, http, Get("/resellers/licenses/99999"), 404);
    }

    [Fact]
    public async Task A_dropped_connection_is_journalled_as_dropped_not_as_200()
    {
        var (id, http) = await SandboxAsync();
        using var _ = http;
        await ArmFaultAsync(id, new { path = "/v2/partners/coupons", drop = true });
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetAsync(new Uri(Api + "/coupons", UriKind.Relative)));
        var entry = (await JournalAsync(id))[^1];
        Assert.True((bool)entry["dropped"]!, entry.ToString());
        Assert.Equal(0, (int)entry["status"]!);
        Assert.Equal("fault", (string?)entry["origin"]);
    }

    [Fact]
    public async Task A_body_cut_off_by_the_client_is_journalled_as_dropped()
    {
        var (id, http) = await SandboxAsync();
        using var _ = http;
        var token = http.DefaultRequestHeaders.Authorization!.Parameter;
        using (var tcp = await Server.ConnectAsync())
        {
            var stream = tcp.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(
                $"POST {Api}/tokens HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"label\": "));
            await stream.FlushAsync();
            await Task.Delay(100);
        }

        var entry = (await JournalAsync(id))[^1];
        Assert.True((bool)entry["dropped"]!, entry.ToString());
        Assert.Equal(0, (int)entry["status"]!);
    }

    [Fact]
    public async Task A_create_refused_at_the_cap_is_journalled_with_its_429()
    {
        var (id, http) = await SandboxAsync();
        using var _ = http;
        for (var i = 0; i < JournalServer.MaxObjects; i++)
        {
            using var created = await http.SendAsync(Post("/tokens", $"{{\"label\": \"token {i}\"}}"));
            if (created.StatusCode != HttpStatusCode.Created)
            {
                Assert.Equal(HttpStatusCode.TooManyRequests, created.StatusCode);
                break;
            }
        }

        await AssertJournalledAsync(id, http, Post("/tokens", "{\"label\": \"one too many\"}"), 429, "createApiToken");
    }

    [Fact]
    public async Task An_oversized_body_is_journalled_with_its_413()
    {
        var (id, http) = await SandboxAsync();
        using var _ = http;
        await AssertJournalledAsync(id, http, Post("/tokens", "{\"label\": \"" + new string('x', JournalServer.MaxBodyBytes) + "\"}"), 413);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task An_unsupported_media_type_is_journalled_with_its_415(string contentType)
    {
        var (id, http) = await SandboxAsync();
        using var _ = http;
        await AssertJournalledAsync(id, http, Post("/tokens", "{\"label\": \"media\"}", contentType), 415);
    }

    [Fact]
    public async Task A_forced_response_is_journalled_with_the_forced_status()
    {
        var (id, http) = await SandboxAsync();
        using var _ = http;
        var request = Get("/status");
        request.Headers.TryAddWithoutValidation("Prefer", "code=503");
        await AssertJournalledAsync(id, http, request, 503);
        Assert.Equal("forced", (string?)(await JournalAsync(id))[^1]["origin"]);
    }

    [Fact]
    public async Task A_refused_token_is_journalled_in_the_anonymous_journal_with_its_401()
    {
        using var http = Server.Client("not-a-token-of-any-sandbox");
        using var response = await http.GetAsync(new Uri(Api + "/coupons", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var entries = await JournalAsync(string.Empty, journal: "/_mock/journal");
        var entry = entries.Last(e => (string?)e["path"] == Api + "/coupons");
        Assert.Equal(401, (int)entry["status"]!);
        Assert.Equal("authentication", (string?)entry["origin"]);
    }
}
