using LiveChat.Partners.Testing;
using LiveChat.Partners.TestSupport.Mock;

namespace LiveChat.Partners.Mock.Tests.Infrastructure;

/// <summary>
/// One in-memory mock server (the testing kit) for the whole run, in strict mode, with the default sandbox
/// (<c>xyz</c>); every test makes its own sandbox. A test that needs other settings starts its own with
/// <see cref="StartAsync"/>.
/// </summary>
public sealed class MockServerFixture : TestMock, IAsyncLifetime
{
    private readonly Action<LiveChatPartnersMockOptions>? _configure;

    /// <summary>The shared server's fixture (xUnit starts and stops it).</summary>
    public MockServerFixture()
    {
    }

    private MockServerFixture(Action<LiveChatPartnersMockOptions>? configure) => _configure = configure;

    /// <summary>A server of its own, with <paramref name="configure"/> on top of the usual options; dispose it.</summary>
    public static async Task<MockServerFixture> StartAsync(Action<LiveChatPartnersMockOptions>? configure = null)
    {
        var fixture = new MockServerFixture(configure);
        await fixture.InitializeAsync();
        return fixture;
    }

    /// <summary>Creates a fresh sandbox and a raw client authenticated for it.</summary>
    public async Task<SandboxClient> NewSandboxAsync() => new(await CreateSandboxAsync(), Anonymous());

    /// <inheritdoc />
    protected override void Configure(LiveChatPartnersMockOptions options)
    {
        options.CreateDefaultSandbox = true;
        options.DefaultToken = "fixture-default-token";
        options.Settings["Mock:MaxBodyBytes"] = (3 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _configure?.Invoke(options);
    }
}

/// <summary>All test classes share the one server.</summary>
[CollectionDefinition(Name)]
public sealed class MockServerCollection : ICollectionFixture<MockServerFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "mock server";
}
