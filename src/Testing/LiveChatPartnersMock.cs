using System.Globalization;
using LiveChat.Partners.Mock.Hosting;
using LiveChat.Partners.Testing.Admin;
using LiveChat.Partners.Testing.Admin.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace LiveChat.Partners.Testing;

/// <summary>
/// The LiveChat Partner Program API mock, running inside the test process: the same server as the
/// <c>livechat-partners-mock</c> tool (validation against the OpenAPI document, state, business rules).
/// </summary>
/// <example><code>
/// await using var mock = await LiveChatPartnersMock.StartAsync();
/// var sandbox = await mock.CreateSandboxAsync();
/// using var client = sandbox.CreateClient();
/// var coupons = await client.Coupons.GetAsync();
/// </code></example>
/// <remarks>Thread-safe: start one per test run (a fixture) and create a sandbox per test.</remarks>
public sealed class LiveChatPartnersMock : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestServer? _testServer;
    private readonly SocketsHttpHandler _sockets = new() { AllowAutoRedirect = false, UseCookies = false };
    private readonly HttpClient _adminHttp;
    private LiveChatPartnersSandbox? _defaultSandbox;

    private LiveChatPartnersMock(WebApplication app, TestServer? testServer, Uri baseUrl, string? adminKey)
    {
        _app = app;
        _testServer = testServer;
        BaseUrl = baseUrl;
        _adminHttp = adminKey is null
            ? CreateHttpClient()
            : new HttpClient(new AdminKeyHandler(MockOptions.AdminKeyHeader, adminKey, CreateHandler()), disposeHandler: true) { BaseAddress = baseUrl };
        Admin = new MockAdminClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: _adminHttp) { BaseUrl = baseUrl.GetLeftPart(UriPartial.Authority) });
    }

    /// <summary>The mock's origin (<c>http://127.0.0.1:{port}</c>, or <c>http://localhost</c> in memory); the Partner API is below <c>/v2/partners</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The admin API (<c>/_mock/</c>), typed: a client generated from <c>mock-admin.yaml</c>.</summary>
    public MockAdminClient Admin { get; }

    /// <summary>The mock's services (its <c>SandboxRegistry</c>, its <c>PartnerApiDocument</c>...), for tests that look inside.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>The sandbox the mock started with (<see cref="LiveChatPartnersMockOptions.CreateDefaultSandbox"/>).</summary>
    /// <exception cref="InvalidOperationException">The mock was started without one.</exception>
    public LiveChatPartnersSandbox DefaultSandbox => _defaultSandbox
        ?? throw new InvalidOperationException("The mock was started without a default sandbox: set LiveChatPartnersMockOptions.CreateDefaultSandbox.");

    /// <summary>Starts the mock with the default options: a free loopback port, strict response checking.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static Task<LiveChatPartnersMock> StartAsync(CancellationToken cancellationToken = default) =>
        StartAsync(new LiveChatPartnersMockOptions(), cancellationToken);

    /// <summary>Starts the mock with <paramref name="options"/>.</summary>
    /// <param name="options">Port, strictness, default sandbox, admin key, other settings.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A setting the mock refuses (the message says which).</exception>
    public static async Task<LiveChatPartnersMock> StartAsync(LiveChatPartnersMockOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(MockServerSetup).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddInMemoryCollection(Settings(options));
        builder.Configuration.AddInMemoryCollection(options.Settings);
        builder.AddMockServer();
        options.ConfigureServices?.Invoke(builder.Services);
        if (options.InMemory)
        {
            builder.WebHost.UseTestServer();
        }

        var app = builder.Build();
        app.UseMockServer();
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var testServer = options.InMemory ? app.GetTestServer() : null;
        var baseUrl = testServer?.BaseAddress ?? ListeningAddress(app);
        var mock = new LiveChatPartnersMock(app, testServer, baseUrl, string.IsNullOrEmpty(options.AdminKey) ? null : options.AdminKey);
        if (options.CreateDefaultSandbox)
        {
            mock._defaultSandbox = await mock.GetSandboxAsync(options.DefaultPartnerId ?? new MockOptions().DefaultPartnerId, cancellationToken).ConfigureAwait(false);
        }

        return mock;
    }

    /// <summary>Creates a fresh partner account, seeded from the API reference's examples, with random credentials.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<LiveChatPartnersSandbox> CreateSandboxAsync(CancellationToken cancellationToken = default) =>
        CreateSandboxAsync(new CreateSandboxRequest(), cancellationToken);

    /// <summary>Creates a fresh partner account with the partner id and token of <paramref name="request"/> (random where not given).</summary>
    /// <param name="request">The fixed identity, if any.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Admin.Models.ErrorResponse">The mock refused it (<c>409</c> for an id or token already used, <c>400</c>, <c>429</c>).</exception>
    public async Task<LiveChatPartnersSandbox> CreateSandboxAsync(CreateSandboxRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var credentials = await Admin.Mock.Sandboxes.PostAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new LiveChatPartnersSandbox(this, credentials ?? throw new InvalidOperationException("POST /_mock/sandboxes answered no credentials."));
    }

    /// <summary>An existing sandbox, by partner id.</summary>
    /// <param name="partnerId">Its partner id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Admin.Models.ErrorResponse">No such sandbox (<c>404</c>).</exception>
    public async Task<LiveChatPartnersSandbox> GetSandboxAsync(string partnerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(partnerId);
        var credentials = await Admin.Mock.Sandboxes[partnerId].GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return new LiveChatPartnersSandbox(this, credentials ?? throw new InvalidOperationException($"GET /_mock/sandboxes/{partnerId} answered no credentials."));
    }

    /// <summary>
    /// A <see cref="LiveChatPartnersClient"/> pointed at the mock with any <paramref name="token"/>: a sandbox's, one it
    /// created, a revoked or a made-up one (to see it refused). The caller disposes it.
    /// </summary>
    /// <param name="token">The API token the client sends.</param>
    /// <param name="configure">Changes the client's options (retries, timeout, user agent...) before it is built.</param>
    public LiveChatPartnersClient CreateClient(string token, Action<LiveChatPartnersClientOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        var options = new LiveChatPartnersClientOptions
        {
            Token = token,
            BaseUrl = BaseUrl,
            HttpMessageHandler = CreateHandler(),
        };
        configure?.Invoke(options);
        return new LiveChatPartnersClient(options);
    }

    /// <summary>
    /// A plain <see cref="HttpClient"/> for the mock's origin (<see cref="BaseUrl"/>), with no token and no redirects
    /// followed: for raw requests. The caller disposes it.
    /// </summary>
    public HttpClient CreateHttpClient() =>
        // The socket handler is the mock's, shared by its clients and disposed with it; an in-memory one is per client.
        new(CreateHandler(), disposeHandler: _testServer is not null) { BaseAddress = BaseUrl };

    /// <summary>
    /// The innermost handler of every client the mock creates: a new one of the in-memory server, or the mock's one
    /// socket handler (no redirects followed, no cookies), which the SDK's clients do not dispose.
    /// </summary>
    internal HttpMessageHandler CreateHandler() => _testServer?.CreateHandler() ?? _sockets;

    /// <summary>Stops the mock and frees its port (connections still open are closed after at most 5 seconds).</summary>
    public async ValueTask DisposeAsync()
    {
        _adminHttp.Dispose();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _sockets.Dispose();
    }

    private static Dictionary<string, string?> Settings(LiveChatPartnersMockOptions options)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["urls"] = options.InMemory ? null : string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{options.Port}"),
            [$"{MockOptions.Section}:{nameof(MockOptions.Strict)}"] = options.Strict ? "true" : "false",
            [$"{MockOptions.Section}:{nameof(MockOptions.CreateDefaultSandbox)}"] = options.CreateDefaultSandbox ? "true" : "false",
            [$"{MockOptions.Section}:{nameof(MockOptions.Token)}"] = options.DefaultToken,
            [$"{MockOptions.Section}:{nameof(MockOptions.AdminKey)}"] = options.AdminKey,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (options.DefaultPartnerId is not null)
        {
            settings[$"{MockOptions.Section}:{nameof(MockOptions.DefaultPartnerId)}"] = options.DefaultPartnerId;
        }

        return settings;
    }

    private static Uri ListeningAddress(WebApplication app)
    {
        var address = app.Services.GetService(typeof(IServer)) is IServer server
            ? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            : null;
        return new Uri(address ?? throw new InvalidOperationException("The mock started without a listening address."));
    }
}
