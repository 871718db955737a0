using LiveChat.Partners.Testing;
using LiveChat.Partners.Testing.Admin.Models;

namespace LiveChat.Partners.ContractTests.Infrastructure;

/// <summary>
/// A Partner account of its own (a sandbox of the mock) and an SDK client signed in to it, wired to the in-memory
/// server's handler: no sockets, no ports. Used as the class fixture of every section's test class, so each class
/// has its own account and the classes run in parallel; a test that needs a pristine account makes another with
/// <see cref="CreateAsync"/>.
/// </summary>
public sealed class Partner : IAsyncLifetime, IDisposable
{
    private readonly List<IDisposable> _owned = [];
    private LiveChatPartnersSandbox? _sandbox;
    private LiveChatPartnersClient? _client;

    /// <summary>The account's credentials (partner id, login, password, token).</summary>
    public SandboxCredentials Credentials => Sandbox.Credentials;

    /// <summary>The account's sandbox on the mock (the testing kit's).</summary>
    public LiveChatPartnersSandbox Sandbox => _sandbox ?? throw new InvalidOperationException("not initialized");

    /// <summary>The SDK, signed in with the account's token.</summary>
    public LiveChatPartnersClient Client => _client ?? throw new InvalidOperationException("not initialized");

    /// <summary>The partner id (the sandbox id).</summary>
    public string Id => Sandbox.PartnerId;

    /// <summary>A new Partner account, ready to use; dispose it when done.</summary>
    public static async Task<Partner> CreateAsync()
    {
        var partner = new Partner();
        await partner.InitializeAsync();
        return partner;
    }

    /// <summary>An SDK client for the shared server with any token (a revoked or made-up one, to see it refused).</summary>
    public static LiveChatPartnersClient ClientWithToken(string token) =>
        // The kit points the SDK at the in-memory server (http://localhost/ → the SDK appends /v2/partners; the Recurly
        // call, sent without the token, goes to the root and lands in the mock's anonymous journal).
        ContractServer.Shared.Mock.CreateClient(token, options =>
        {
            options.Retry.MaxRetries = 0; // a contract test sees every answer as the server gave it
            options.UserAgent = "LiveChat.Partners.ContractTests/1.0";
        });

    /// <summary>An SDK client for this account with another token (one it created, say).</summary>
    public LiveChatPartnersClient ClientWith(string token)
    {
        var client = ClientWithToken(token);
        _owned.Add(client);
        return client;
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _sandbox = await MockAdmin.CreateSandboxAsync();
        _client = ClientWithToken(_sandbox.Token);
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // The sandbox itself is kept: the coverage gate reads its journal after every test has run.
        _client?.Dispose();
        _client = null;
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        _owned.Clear();
    }
}
