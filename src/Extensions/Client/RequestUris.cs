using System.Collections.Concurrent;
using Microsoft.Kiota.Abstractions;

namespace LiveChat.Partners;

/// <summary>
/// The URL of each request the generated request builders make, from their templates, each parsed once
/// (<see cref="RequestUriTemplate"/>). Before any URL is built, every path parameter of the template
/// (<c>{licenseId}</c> in <c>/resellers/licenses/{licenseId}</c>) must have a value that is not empty or blank: Kiota
/// would expand <c>Licenses[""]</c> to <c>/resellers/licenses/</c>, the list's URL, and hand back a list read as one
/// license.
/// </summary>
/// <remarks>One place for every generated request builder, since generated code is never edited. Raw URLs
/// (<c>WithUrl</c>) are sent as given. Thread-safe.</remarks>
internal sealed class RequestUris
{
    /// <summary>Kiota's path-parameter key for a raw URL (<c>RequestInformation.RawUrlKey</c>, internal to Kiota).</summary>
    private const string RawUrlKey = "request-raw-url";

    /// <summary>Kiota's path-parameter key for the adapter's base URL in every generated template (<c>{+baseurl}</c>).</summary>
    private const string BaseUrlKey = "baseurl";

    private readonly ConcurrentDictionary<string, RequestUriTemplate> _templates = new(StringComparer.Ordinal);

    /// <summary>
    /// The request's URL below <paramref name="baseUrl"/>: expanded from the parsed template, or by Kiota
    /// (<c>RequestInformation.URI</c>) for a raw URL or a value or template outside <see cref="RequestUriTemplate"/>'s subset.
    /// </summary>
    /// <exception cref="ArgumentException">A path parameter with no value, or an empty or blank one (<see cref="Check"/>).</exception>
    public Uri UriOf(RequestInformation requestInfo, string? baseUrl)
    {
        if (Expand(requestInfo, baseUrl) is { } uri) return new Uri(uri);

        // As Kiota's adapter does: the base URL is a path parameter of every template.
        if (baseUrl is not null) requestInfo.PathParameters[BaseUrlKey] = baseUrl;
        return requestInfo.URI;
    }

    /// <summary>
    /// The request's URL from the parsed template, or <see langword="null"/> when Kiota must build it (a raw URL, no
    /// template, a value or template outside the subset). Checks the path parameters first.
    /// </summary>
    /// <exception cref="ArgumentException">A path parameter with no value, or an empty or blank one (<see cref="Check"/>).</exception>
    public string? Expand(RequestInformation requestInfo, string? baseUrl) =>
        Check(requestInfo) is { } template && requestInfo.PathParameters.ContainsKey(BaseUrlKey)
            ? template.Expand(requestInfo, baseUrl)
            : null;

    /// <summary>
    /// Throws <see cref="ArgumentException"/> naming the first path parameter with no value, or an empty or blank one;
    /// returns the parsed template (null for a raw URL or a request without one).
    /// </summary>
    public RequestUriTemplate? Check(RequestInformation requestInfo)
    {
        if (requestInfo is null) throw new ArgumentNullException(nameof(requestInfo));
        if (requestInfo.UrlTemplate is not { } urlTemplate || requestInfo.PathParameters.ContainsKey(RawUrlKey)) return null;
        var template = _templates.GetOrAdd(urlTemplate, RequestUriTemplate.Parse);
        foreach (var name in template.PathParameterNames)
        {
            requestInfo.PathParameters.TryGetValue(name, out var value);
            var text = value switch
            {
                null => null,
                string s => s,
                _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
            };
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new ArgumentException(
                    $"The path parameter '{name}' of {requestInfo.HttpMethod} {template.PathText} must not be empty or blank"
                    + (value is null ? " (it has no value)." : $" (it is \"{text}\")."), name);
            }
        }

        return template;
    }
}
