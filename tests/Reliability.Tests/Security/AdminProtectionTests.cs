using System.Net;
using System.Text;
using LiveChat.Partners.Mock.Hosting;

namespace LiveChat.Partners.Reliability.Security;

/// <summary>Two mocks on real loopback sockets: the local default (no admin key) and one started with an admin key.</summary>
public sealed class AdminProtectionServers : IAsyncLifetime
{
    public const string AdminKey = "socket-admin-key-0123456789";

    public SocketMock Open { get; private set; } = null!;

    public SocketMock Keyed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Open = await SocketMock.StartAsync(new Dictionary<string, string?>());
        Keyed = await SocketMock.StartAsync(new Dictionary<string, string?> { ["Mock:AdminKey"] = AdminKey });
    }

    public async Task DisposeAsync()
    {
        await Open.DisposeAsync();
        await Keyed.DisposeAsync();
    }
}

/// <summary>
/// The admin API (<c>/_mock/</c>) on a real socket: open on loopback without a key, <c>401</c> without the right
/// <c>X-Mock-Admin-Key</c> once a key is set, and never reached through a path a client did not resolve
/// (<c>/v2/partners/../../_mock/sandboxes</c> sent raw, as a client that does not normalise would).
/// </summary>
public sealed class AdminProtectionTests(AdminProtectionServers servers) : IClassFixture<AdminProtectionServers>
{
    [Fact]
    public async Task On_loopback_without_a_key_the_admin_API_is_open()
    {
        using var http = servers.Open.Client();
        using var response = await http.GetAsync(new Uri("/_mock/sandboxes", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(SocketMock.DefaultToken, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v2/partners/../../_mock/sandboxes")]
    [InlineData("/v2/partners/%2e%2e/%2e%2e/_mock/sandboxes")]
    [InlineData("/v2/partners/%2E%2E/%2E%2E/_mock/sandboxes")]
    [InlineData("/v2/partners/..%2F..%2F_mock/sandboxes")]
    [InlineData("/v2/partners/..%2f..%2f_mock/sandboxes")]
    [InlineData("/v2/partners/..\\..\\_mock/sandboxes")]
    [InlineData("/v2/partners/..%5C..%5C_mock/sandboxes")]
    [InlineData("//_mock/sandboxes")]
    [InlineData("/v2/./../_mock/sandboxes")]
    [InlineData("http://127.0.0.1/v2/partners/../../_mock/sandboxes")]
    public async Task A_path_the_client_did_not_resolve_is_400_and_lists_nothing(string target)
    {
        foreach (var server in new[] { servers.Open, servers.Keyed })
        {
            var response = await server.SendRawAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
            Assert.True(response.Status == 400, $"{target}: {response.Status} {response.Body}");
            Assert.Null(ErrorBodyShape.Problem(response.Body));
            var error = JObject.Parse(response.Body)["error"]!;
            Assert.Equal("validation", (string?)error["type"]);
            Assert.Equal("path", (string?)error["fields"]![0]!["name"]);
            Assert.DoesNotContain(SocketMock.DefaultToken, response.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("password", response.Body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/_mock/sandboxes")]
    [InlineData("/_MOCK/Sandboxes")]
    [InlineData("/_mock/journal")]
    [InlineData("/_mock/no-such-thing")]
    public async Task With_a_key_an_admin_request_without_it_is_401_with_the_error_body(string path)
    {
        var response = await servers.Keyed.SendRawAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        Assert.True(response.Status == 401, $"{path}: {response.Status} {response.Body}");
        Assert.Null(ErrorBodyShape.Problem(response.Body));
        var error = JObject.Parse(response.Body)["error"]!;
        Assert.Equal("authentication", (string?)error["type"]);
        Assert.Equal(MockOptions.AdminKeyHeader, (string?)error["fields"]![0]!["name"]);
        Assert.DoesNotContain(SocketMock.DefaultToken, response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData(AdminProtectionServers.AdminKey + "x")]
    [InlineData("socket-admin-key-012345678")]
    [InlineData("SOCKET-ADMIN-KEY-0123456789")]
    public async Task A_wrong_key_is_401_and_changes_nothing(string key)
    {
        using var http = servers.Keyed.Client();
        using var create = new HttpRequestMessage(HttpMethod.Post, new Uri("/_mock/sandboxes", UriKind.Relative)) { Headers = { { MockOptions.AdminKeyHeader, key } } };
        using var response = await http.SendAsync(create);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("does not match", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var list = new HttpRequestMessage(HttpMethod.Get, new Uri("/_mock/sandboxes", UriKind.Relative)) { Headers = { { MockOptions.AdminKeyHeader, AdminProtectionServers.AdminKey } } };
        using var sandboxes = await http.SendAsync(list);
        Assert.Equal(HttpStatusCode.OK, sandboxes.StatusCode);
        Assert.Single(JObject.Parse(await sandboxes.Content.ReadAsStringAsync())["result"]!);
    }

    [Fact]
    public async Task The_right_key_opens_the_admin_API_and_the_journal_keeps_it_redacted()
    {
        using var http = servers.Keyed.Client(SocketMock.DefaultToken);
        http.DefaultRequestHeaders.Add(MockOptions.AdminKeyHeader, AdminProtectionServers.AdminKey);
        using (var profile = await http.GetAsync(new Uri("/v2/partners", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        }

        using var journal = await http.GetAsync(new Uri("/_mock/sandboxes/xyz/journal", UriKind.Relative));
        var text = await journal.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, journal.StatusCode);
        Assert.DoesNotContain(AdminProtectionServers.AdminKey, text, StringComparison.Ordinal);
        var kept = JObject.Parse(text)["result"]!.Select(entry => (JObject)entry["headers"]!)
            .SelectMany(headers => headers.Properties())
            .Where(header => header.Name.Equals(MockOptions.AdminKeyHeader, StringComparison.OrdinalIgnoreCase))
            .Select(header => (string?)header.Value)
            .ToList();
        Assert.NotEmpty(kept);
        Assert.All(kept, value => Assert.Equal("[redacted]", value));
    }

    [Fact]
    public async Task The_Partner_API_and_health_do_not_ask_for_the_admin_key()
    {
        using var http = servers.Keyed.Client(SocketMock.DefaultToken);
        using var profile = await http.GetAsync(new Uri("/v2/partners", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        Assert.True(await servers.Keyed.TimeHealthAsync() < TimeSpan.FromSeconds(5));
    }
}
