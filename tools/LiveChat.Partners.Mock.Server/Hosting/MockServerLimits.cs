using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace LiveChat.Partners.Mock.Hosting;

/// <summary>
/// Transport limits (Kestrel) and caps on what clients can make the mock hold (section <c>Mock:Limits</c>,
/// e.g. <c>Mock__Limits__MaxSandboxes=50</c>). The request body limit stays <see cref="MockOptions.MaxBodyBytes"/>.
/// </summary>
public sealed class MockServerLimits
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Mock:Limits";

    /// <summary>Largest request line (method, target, version), in bytes; longer gets <c>414</c>.</summary>
    public int MaxRequestLineBytes { get; set; } = 8 * 1024;

    /// <summary>Largest header block (all names and values), in bytes; larger gets <c>431</c>.</summary>
    public int MaxRequestHeadersTotalBytes { get; set; } = 32 * 1024;

    /// <summary>Most request headers; more gets <c>431</c>.</summary>
    public int MaxRequestHeaderCount { get; set; } = 100;

    /// <summary>Time a client has to send the whole header block; a slower one gets <c>408</c> and is disconnected.</summary>
    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Slowest accepted request body, in bytes per second (after <see cref="MinRequestBodyGracePeriod"/>).</summary>
    public double MinRequestBodyBytesPerSecond { get; set; } = 240;

    /// <summary>How long a request body may stay below <see cref="MinRequestBodyBytesPerSecond"/> before the client is disconnected.</summary>
    public TimeSpan MinRequestBodyGracePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long an idle kept-alive connection stays open.</summary>
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Most connections at once (null: no limit).</summary>
    public long? MaxConcurrentConnections { get; set; } = 1000;

    /// <summary>Most sandboxes on the server (the default sandbox counts); one more gets <c>429</c>.</summary>
    public int MaxSandboxes { get; set; } = 1000;

    /// <summary>
    /// Most objects of each kind in one sandbox: campaigns per affiliate program, API tokens, Solution Partner
    /// licenses, withdrawals (the seed counts); one more gets <c>429</c>.
    /// </summary>
    public int MaxObjectsPerKind { get; set; } = 10_000;

    /// <summary>The smallest <see cref="MaxObjectsPerKind"/> (the seed must fit).</summary>
    public const int MinObjectsPerKind = 10;

    /// <summary>Registers the options (validated at start) and applies the transport limits to Kestrel.</summary>
    public static void Register(WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MockServerLimits>().Bind(builder.Configuration.GetSection(Section)).ValidateOnStart()
            .Validate(l => l.MaxRequestLineBytes > 0 && l.MaxRequestHeadersTotalBytes > 0 && l.MaxRequestHeaderCount > 0, "Mock:Limits sizes must be positive")
            .Validate(l => l.RequestHeadersTimeout > TimeSpan.Zero && l.KeepAliveTimeout > TimeSpan.Zero && l.MinRequestBodyGracePeriod > TimeSpan.Zero, "Mock:Limits timeouts must be positive")
            .Validate(l => l.MinRequestBodyBytesPerSecond >= 0, "Mock:Limits:MinRequestBodyBytesPerSecond must not be negative")
            .Validate(l => l.MaxConcurrentConnections is null or > 0, "Mock:Limits:MaxConcurrentConnections must be positive")
            .Validate(l => l.MaxSandboxes > 0, "Mock:Limits:MaxSandboxes must be positive")
            .Validate(l => l.MaxObjectsPerKind >= MinObjectsPerKind, $"Mock:Limits:MaxObjectsPerKind must be at least {MinObjectsPerKind}");
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<MockServerLimits>, IOptions<MockOptions>>((kestrel, limits, mock) => limits.Value.ApplyTo(kestrel.Limits, mock.Value.MaxBodyBytes));
    }

    /// <summary>Sets Kestrel's limits. The body limit is the mock's own (the Partner API answers it with <c>413</c> and the error body first).</summary>
    public void ApplyTo(KestrelServerLimits kestrel, long maxBodyBytes)
    {
        kestrel.MaxRequestLineSize = MaxRequestLineBytes;
        kestrel.MaxRequestHeadersTotalSize = MaxRequestHeadersTotalBytes;
        kestrel.MaxRequestHeaderCount = MaxRequestHeaderCount;
        kestrel.RequestHeadersTimeout = RequestHeadersTimeout;
        kestrel.KeepAliveTimeout = KeepAliveTimeout;
        kestrel.MinRequestBodyDataRate = MinRequestBodyBytesPerSecond > 0 ? new MinDataRate(MinRequestBodyBytesPerSecond, MinRequestBodyGracePeriod) : null;
        kestrel.MaxConcurrentConnections = MaxConcurrentConnections;
        kestrel.MaxConcurrentUpgradedConnections = MaxConcurrentConnections;
        kestrel.MaxRequestBodySize = maxBodyBytes;
    }
}
