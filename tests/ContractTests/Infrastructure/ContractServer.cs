using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LiveChat.Partners.ContractTests.Infrastructure;

/// <summary>
/// The mock server, in memory, shared by the whole assembly (xUnit 2 has no assembly fixture: this is a lazy
/// singleton, and <see cref="ContractTestFramework"/> disposes it once every test has run). Strict mode is on, so
/// every answer the SDK receives has been checked against the OpenAPI document for its operation and status; a
/// mismatch would reach the SDK as a 500 and fail the test that made the call.
/// </summary>
public sealed class ContractServer : WebApplicationFactory<Program>
{
    // Started inside the Lazy: WebApplicationFactory's own lazy start (first CreateClient/Server) is not thread-safe,
    // and classes running in parallel would each start a host, the later one replacing the earlier.
    private static readonly Lazy<ContractServer> Instance = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private ContractServer()
    {
    }

    /// <summary>The one server of the run.</summary>
    public static ContractServer Shared => Instance.Value;

    /// <summary>Whether the server was started (so the framework knows whether to dispose it).</summary>
    public static bool IsCreated => Instance.IsValueCreated;

    private static ContractServer Start()
    {
        var server = new ContractServer();
        _ = server.Server;
        return server;
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The same switches the mock's own tests use: strict response validation, bodies up to 3 MB.
        builder.UseSetting("Mock:Strict", "true");
        builder.UseSetting("Mock:MaxBodyBytes", (3 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
