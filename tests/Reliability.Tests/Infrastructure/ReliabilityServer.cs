using System.Globalization;
using LiveChat.Partners.Mock.Spec;
using LiveChat.Partners.Testing;
using LiveChat.Partners.TestSupport.Mock;
using Microsoft.Extensions.DependencyInjection;

namespace LiveChat.Partners.Reliability.Infrastructure;

/// <summary>One in-memory mock server (the testing kit; strict mode, 1 MiB body limit) shared by the assembly's tests; each test makes its own sandboxes.</summary>
public sealed class ReliabilityServer : TestMock, IAsyncLifetime
{
    /// <summary>The body limit the server runs with.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>The Partner API document the server was built from.</summary>
    public PartnerApiDocument Document => Services.GetRequiredService<PartnerApiDocument>();

    /// <summary>Creates a seeded sandbox; returns it and a raw client authenticated for it.</summary>
    public async Task<(LiveChatPartnersSandbox Sandbox, HttpClient Http)> NewSandboxAsync()
    {
        var sandbox = await CreateSandboxAsync();
        return (sandbox, sandbox.CreateHttpClient());
    }

    /// <inheritdoc />
    protected override void Configure(LiveChatPartnersMockOptions options)
    {
        options.CreateDefaultSandbox = true;
        options.DefaultToken = "reliability-default-token";
        options.Settings["Mock:MaxBodyBytes"] = MaxBodyBytes.ToString(CultureInfo.InvariantCulture);
        options.Settings["Logging:LogLevel:LiveChat.Partners.Mock.Pipeline.StrictResponseMiddleware"] = "None";
        options.Settings["Logging:LogLevel:LiveChat.Partners.Mock.Pipeline.ErrorHandlingMiddleware"] = "None";
    }
}

/// <summary>All test classes share the one server.</summary>
[CollectionDefinition(Name)]
public sealed class ReliabilityCollection : ICollectionFixture<ReliabilityServer>
{
    /// <summary>The collection name.</summary>
    public const string Name = "reliability server";
}
