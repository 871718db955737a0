using System.Net;
using System.Net.Sockets;
using LiveChat.Partners.Mock.Hosting;
using LiveChat.Partners.Mock.Tests.Infrastructure;

namespace LiveChat.Partners.Mock.Tests.CommandLine;

/// <summary>
/// The built mock as a user runs it (<c>dotnet LiveChat.Partners.Mock.dll</c>): help, version, a refused option,
/// a port in use, an address that is not loopback with and without an admin key. About a second per process.
/// </summary>
public sealed class MockProcessTests
{
    private const string AdminKey = "process-test-admin-key-0123";

    private static readonly string[] Options = ["--urls", "--token", "--strict", "--spec", "--admin-key", "--help", "--version"];

    [Fact]
    public async Task Help_lists_the_options_and_exits_0()
    {
        var (exitCode, output, error) = await MockProcess.RunAsync("--help");
        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.All(Options, option => Assert.Contains(option, output, StringComparison.Ordinal));
        Assert.DoesNotContain("Bearer", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_the_version_and_exits_0()
    {
        var (exitCode, output, _) = await MockProcess.RunAsync("--version");
        Assert.Equal(0, exitCode);
        var version = typeof(MockCommandLine).Assembly.GetName().Version!;
        Assert.StartsWith($"{version.Major}.{version.Minor}.{version.Build}", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_option_exits_2_with_the_list_of_options()
    {
        var (exitCode, output, error) = await MockProcess.RunAsync("--tokn", "my-token");
        Assert.Equal(2, exitCode);
        Assert.Contains("'--tokn'", error, StringComparison.Ordinal);
        Assert.All(Options, option => Assert.Contains(option, error, StringComparison.Ordinal));
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_without_a_stack_trace_or_credentials()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exitCode, output, error) = await MockProcess.RunAsync("--urls", $"http://127.0.0.1:{port}", "--token", "secret-token-never-printed");
        Assert.Equal(1, exitCode);
        Assert.Equal($"livechat-partners-mock: port {port} is already in use: choose another with --urls", error.Trim());
        Assert.DoesNotContain("secret-token-never-printed", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("Bearer", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--urls", "http://0.0.0.0:{port}")]
    [InlineData("--urls", "http://[::]:{port}")]
    [InlineData("--urls", "http://127.0.0.1:{port};http://*:{other}")]
    public async Task An_address_that_is_not_loopback_without_an_admin_key_does_not_start(string option, string urls)
    {
        var address = urls.Replace("{port}", MockProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{other}", MockProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var (exitCode, output, error) = await MockProcess.RunAsync(option, address, "--token", "secret-token-never-printed");
        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("livechat-partners-mock: the mock listens on ", line, StringComparison.Ordinal);
        Assert.Contains("give it an admin key with --admin-key or Mock__AdminKey", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token-never-printed", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASPNETCORE_URLS_on_all_interfaces_without_a_key_does_not_start_either()
    {
        await using var mock = MockProcess.Start([], new Dictionary<string, string> { ["ASPNETCORE_URLS"] = $"http://0.0.0.0:{MockProcess.FreePort()}" });
        Assert.Equal(1, await mock.WaitForExitAsync(TimeSpan.FromSeconds(20)));
        Assert.Contains("which is not loopback: give it an admin key", mock.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_admin_key_on_all_interfaces_it_starts_and_the_admin_API_needs_the_header()
    {
        var port = MockProcess.FreePort();
        await using var mock = MockProcess.Start(
            ["--urls", $"http://0.0.0.0:{port}", "--token", "process-default-token"],
            new Dictionary<string, string> { ["Mock__AdminKey"] = AdminKey });
        await mock.WaitUntilListeningAsync(TimeSpan.FromSeconds(20));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };

        await Expect.ErrorAsync(await http.GetAsync("/_mock/sandboxes"), HttpStatusCode.Unauthorized, "authentication", MockOptions.AdminKeyHeader);
        using var keyed = new HttpRequestMessage(HttpMethod.Get, "/_mock/sandboxes") { Headers = { { MockOptions.AdminKeyHeader, AdminKey } } };
        var sandboxes = await Expect.JsonAsync(await http.SendAsync(keyed), HttpStatusCode.OK);
        Assert.Equal("process-default-token", (string?)sandboxes["result"]![0]!["token"]);

        // The Partner API keeps its own rule (the bearer token), key or not.
        using var profile = new HttpRequestMessage(HttpMethod.Get, "/v2/partners") { Headers = { { "Authorization", "Bearer process-default-token" } } };
        await Expect.JsonAsync(await http.SendAsync(profile), HttpStatusCode.OK);

        // The credentials are printed once Kestrel listens (a port in use prints none: above); the admin key never is.
        Assert.Contains("Authorization: Bearer process-default-token", mock.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(AdminKey, mock.Output + mock.Error, StringComparison.Ordinal);
    }
}
