using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace LiveChat.Partners;

/// <summary>
/// Which redirects the SDK follows: only those that stay below the configured API base URL (same scheme, host,
/// port and <c>/v2/partners</c> prefix). A redirect anywhere else is not followed: its 3xx reaches the error handler
/// and surfaces as a <see cref="Models.ErrorResponse"/>, rather than another server's answer being handed
/// back as if the API had given it. (The token would not have gone there anyway: <see cref="BearerTokenHandler"/>
/// re-checks every hop.)
/// </summary>
internal static class RedirectPolicy
{
    /// <summary>Kiota's redirect options for these settings.</summary>
    public static RedirectHandlerOption For(LiveChatPartnersSettings settings) => new()
    {
        AllowRedirectOnSchemeChange = false,
        ShouldRedirect = response => StaysWithinTheApi(settings, response),
    };

    /// <summary>True when the redirect's target, resolved against the request, is below the API base URL.</summary>
    public static bool StaysWithinTheApi(LiveChatPartnersSettings settings, HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        if (location is null)
        {
            return false;
        }

        var target = location.IsAbsoluteUri ? location : response.RequestMessage?.RequestUri is { } from ? new Uri(from, location) : null;
        return settings.IsApiUrl(target);
    }
}
