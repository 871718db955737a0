using System.Net;

namespace LiveChat.Partners;

/// <summary>The rule for where secrets may go: HTTPS, or plain HTTP to a loopback address (the local mock server).</summary>
internal static class HostGuard
{
    public static bool IsLoopback(Uri uri)
    {
        if (uri.IsLoopback) return true;
        var host = uri.Host.Trim('[', ']');
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }

    public static bool IsSecureForToken(Uri uri) =>
        string.Equals(uri.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase)
        || (string.Equals(uri.Scheme, Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase) && IsLoopback(uri));

    /// <summary>Throws an <see cref="ArgumentException"/> naming the setting when <paramref name="uri"/> is not HTTPS or loopback HTTP.</summary>
    public static void EnsureSecureForToken(Uri uri, string settingName)
    {
        if (IsSecureForToken(uri)) return;
        throw new ArgumentException(
            $"{settingName} '{uri.GetLeftPart(UriPartial.Authority)}' is not allowed: the LiveChat Partners client sends credentials " +
            "only over HTTPS, or over plain HTTP to a loopback address (127.0.0.1, [::1], localhost) such as the local mock server.",
            settingName);
    }
}
