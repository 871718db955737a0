namespace LiveChat.Partners.Testing;

/// <summary>How <see cref="LiveChatPartnersMock.StartAsync(LiveChatPartnersMockOptions, CancellationToken)"/> runs the mock.</summary>
public sealed class LiveChatPartnersMockOptions
{
    /// <summary>The loopback port to listen on (<c>http://127.0.0.1:{Port}</c>); 0, the default, takes a free one.</summary>
    public int Port { get; set; }

    /// <summary>
    /// Serve in memory (ASP.NET Core's <c>TestServer</c>) instead of on a socket: no port at all, and only the clients
    /// the mock creates (<see cref="LiveChatPartnersSandbox.CreateClient"/>, <see cref="LiveChatPartnersMock.CreateHttpClient"/>)
    /// can reach it. Off by default: a real socket also serves a client built by the code under test.
    /// </summary>
    public bool InMemory { get; set; }

    /// <summary>
    /// Check every response against the OpenAPI document; a mismatch becomes a <c>500</c> that says why (<c>--strict</c>).
    /// On by default: a test then never passes on an answer the real API could not give.
    /// </summary>
    public bool Strict { get; set; } = true;

    /// <summary>Start with a default sandbox (<see cref="LiveChatPartnersMock.DefaultSandbox"/>). Off by default: each test creates its own.</summary>
    public bool CreateDefaultSandbox { get; set; }

    /// <summary>The partner id of the default sandbox (the mock's <c>xyz</c> when not set).</summary>
    public string? DefaultPartnerId { get; set; }

    /// <summary>The API token of the default sandbox (<c>--token</c>; random when not set).</summary>
    public string? DefaultToken { get; set; }

    /// <summary>
    /// The admin key (<c>--admin-key</c>, at least 16 characters) the admin API then asks for; the mock's own clients send it.
    /// Not needed on loopback.
    /// </summary>
    public string? AdminKey { get; set; }

    /// <summary>
    /// Any other setting of the mock, by configuration key (<c>Mock:MaxBodyBytes</c>, <c>Mock:Limits:MaxSandboxes</c>,
    /// <c>Logging:LogLevel:Default</c>...); applied last, so it wins over the properties above. The mock logs warnings
    /// and errors only unless <c>Logging:LogLevel:Default</c> says otherwise.
    /// </summary>
    public IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Changes the mock's services after its own registrations, so a registration here wins (for example a fake
    /// <see cref="TimeProvider"/>: <c>services.AddSingleton&lt;TimeProvider&gt;(clock)</c>).
    /// </summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? ConfigureServices { get; set; }
}
