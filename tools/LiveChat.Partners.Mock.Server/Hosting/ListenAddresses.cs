using System.Net;

namespace LiveChat.Partners.Mock.Hosting;

/// <summary>
/// The addresses the mock is configured to listen on (<c>urls</c> / <c>--urls</c> / <c>ASPNETCORE_URLS</c>,
/// <c>http_ports</c>, <c>https_ports</c>, <c>Kestrel:Endpoints:*:Url</c>), and which of them are reachable from
/// another machine.
/// </summary>
public static class ListenAddresses
{
    /// <summary>The configured addresses that are not loopback (<c>0.0.0.0</c>, <c>[::]</c>, <c>*</c>, <c>+</c>, a LAN address, a host name).</summary>
    public static IReadOnlyList<string> NotLoopback(IConfiguration configuration)
    {
        var addresses = new List<string>();
        addresses.AddRange(Split(configuration["urls"]));
        addresses.AddRange(Split(configuration["http_ports"]).Select(port => $"http://*:{port}"));
        addresses.AddRange(Split(configuration["https_ports"]).Select(port => $"https://*:{port}"));
        addresses.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>());
        return [.. addresses.Where(a => !IsLoopback(a))];
    }

    /// <summary>Whether <paramref name="url"/> names only the loopback interface (<c>localhost</c>, <c>127.x.x.x</c>, <c>[::1]</c>).</summary>
    public static bool IsLoopback(string url)
    {
        var host = HostOf(url);
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IsLoopback(address);
    }

    /// <summary>Whether <paramref name="address"/> is a loopback address (IPv4-mapped IPv6 included).</summary>
    public static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private static string HostOf(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        var end = rest.IndexOf('/', StringComparison.Ordinal);
        rest = end < 0 ? rest : rest[..end];
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            return close < 0 ? rest : rest[..(close + 1)];
        }

        var colon = rest.LastIndexOf(':');
        return colon < 0 ? rest : rest[..colon];
    }

    private static string[] Split(string? value) =>
        (value ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
