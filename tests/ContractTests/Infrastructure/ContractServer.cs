using LiveChat.Partners.Testing;
using LiveChat.Partners.TestSupport.Mock;

namespace LiveChat.Partners.ContractTests.Infrastructure;

/// <summary>
/// The mock server, in memory (the testing kit), shared by the whole assembly (xUnit 2 has no assembly fixture: this
/// is a lazy singleton, and <see cref="ContractTestFramework"/> disposes it once every test has run). Strict mode is
/// on, so every answer the SDK receives has been checked against the OpenAPI document for its operation and status; a
/// mismatch would reach the SDK as a 500 and fail the test that made the call.
/// </summary>
public sealed class ContractServer : TestMock
{
    // Started inside the Lazy, once, whichever test class asks first.
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
        server.InitializeAsync().GetAwaiter().GetResult();
        return server;
    }

    /// <inheritdoc />
    protected override void Configure(LiveChatPartnersMockOptions options)
    {
        // The same switches the mock's own tests use: strict response validation (the fixture's default), bodies up to 3 MB.
        options.Settings["Mock:MaxBodyBytes"] = (3 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
