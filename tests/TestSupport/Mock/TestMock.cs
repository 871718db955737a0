using LiveChat.Partners.Testing;

namespace LiveChat.Partners.TestSupport.Mock;

/// <summary>
/// The one fixture of every test project that runs the mock: a <see cref="LiveChatPartnersMock"/> of the testing kit
/// (in memory unless a suite needs a socket), strict, started once and shared; each test creates its own sandbox.
/// A suite's fixture derives from it, sets its options in <see cref="Configure"/>, and declares xUnit's
/// <c>IAsyncLifetime</c>, which <see cref="InitializeAsync"/> and <see cref="DisposeAsync"/> implement.
/// </summary>
public abstract class TestMock : IDisposable
{
    private LiveChatPartnersMock? _mock;

    /// <summary>The mock (after <see cref="InitializeAsync"/>).</summary>
    public LiveChatPartnersMock Mock => _mock ?? throw new InvalidOperationException("The mock is not started yet.");

    /// <summary>The mock's services.</summary>
    public IServiceProvider Services => Mock.Services;

    /// <summary>A raw HTTP client with no token that follows no redirect (the caller disposes it).</summary>
    public HttpClient Anonymous() => Mock.CreateHttpClient();

    /// <summary>A fresh seeded sandbox.</summary>
    public Task<LiveChatPartnersSandbox> CreateSandboxAsync() => Mock.CreateSandboxAsync();

    /// <summary>Starts the mock with the suite's options.</summary>
    public async Task InitializeAsync()
    {
        var options = new LiveChatPartnersMockOptions { InMemory = true, Strict = true };
        Configure(options);
        _mock = await LiveChatPartnersMock.StartAsync(options);
    }

    /// <summary>Stops the mock.</summary>
    public async Task DisposeAsync()
    {
        if (_mock is not null)
        {
            await _mock.DisposeAsync();
        }
    }

    /// <summary>Stops the mock (for a mock a test started itself).</summary>
    public void Dispose()
    {
        DisposeAsync().GetAwaiter().GetResult();
        GC.SuppressFinalize(this);
    }

    /// <summary>The suite's options (settings, default sandbox, socket or memory) on top of in memory and strict.</summary>
    protected virtual void Configure(LiveChatPartnersMockOptions options)
    {
    }
}
