using System.Collections.Concurrent;
#if NET5_0_OR_GREATER
using System.Diagnostics.CodeAnalysis;
#endif
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Abstractions.Store;

namespace LiveChat.Partners;

/// <summary>
/// The request adapter the SDK builds: Kiota's, behind two steps taken before any request is sent, each template
/// parsed once (<see cref="RequestUriTemplate"/>):
/// <list type="bullet">
/// <item>every path parameter of the URL template (<c>{licenseId}</c> in <c>/resellers/licenses/{licenseId}</c>) must
/// have a value that is not empty or blank: Kiota would expand <c>Licenses[""]</c> to <c>/resellers/licenses/</c>, the
/// list's URL, and hand back a list read as one license;</item>
/// <item>the URL is expanded from the parsed template (Kiota's expansion allocates a string per escaped character).</item>
/// </list>
/// </summary>
/// <remarks>One place for every generated request builder, since generated code is never edited. Raw URLs
/// (<c>WithUrl</c>) are sent as given.</remarks>
internal sealed class SdkRequestAdapter(IRequestAdapter inner) : IRequestAdapter
{
    /// <summary>Kiota's path-parameter key for a raw URL (<c>RequestInformation.RawUrlKey</c>, internal to Kiota).</summary>
    private const string RawUrlKey = "request-raw-url";

    private readonly ConcurrentDictionary<string, RequestUriTemplate> _templates = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ISerializationWriterFactory SerializationWriterFactory => inner.SerializationWriterFactory;

    /// <inheritdoc />
    public string? BaseUrl
    {
        get => inner.BaseUrl;
        set => inner.BaseUrl = value;
    }

    /// <inheritdoc />
    public void EnableBackingStore(IBackingStoreFactory backingStoreFactory) => inner.EnableBackingStore(backingStoreFactory);

    /// <inheritdoc />
    public Task<ModelType?> SendAsync<ModelType>(RequestInformation requestInfo, ParsableFactory<ModelType> factory, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        where ModelType : IParsable
    {
        Prepare(requestInfo);
        return inner.SendAsync(requestInfo, factory, errorMapping, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IEnumerable<ModelType>?> SendCollectionAsync<ModelType>(RequestInformation requestInfo, ParsableFactory<ModelType> factory, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        where ModelType : IParsable
    {
        Prepare(requestInfo);
        return inner.SendCollectionAsync(requestInfo, factory, errorMapping, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ModelType?> SendPrimitiveAsync<
#if NET5_0_OR_GREATER
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)]
#endif
        ModelType>(RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
    {
        Prepare(requestInfo);
        return inner.SendPrimitiveAsync<ModelType>(requestInfo, errorMapping, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IEnumerable<ModelType>?> SendPrimitiveCollectionAsync<
#if NET5_0_OR_GREATER
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)]
#endif
        ModelType>(RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
    {
        Prepare(requestInfo);
        return inner.SendPrimitiveCollectionAsync<ModelType>(requestInfo, errorMapping, cancellationToken);
    }

    /// <inheritdoc />
    public Task SendNoContentAsync(RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
    {
        Prepare(requestInfo);
        return inner.SendNoContentAsync(requestInfo, errorMapping, cancellationToken);
    }

    /// <inheritdoc />
    public Task<T?> ConvertToNativeRequestAsync<T>(RequestInformation requestInfo, CancellationToken cancellationToken = default)
    {
        Prepare(requestInfo);
        return inner.ConvertToNativeRequestAsync<T>(requestInfo, cancellationToken);
    }

    /// <summary>Checks the path parameters (<see cref="Check"/>), then sets the request's URL from the parsed template.</summary>
    internal void Prepare(RequestInformation requestInfo)
    {
        if (Check(requestInfo) is { } template
            && requestInfo.PathParameters.ContainsKey("baseurl")
            && template.Expand(requestInfo, inner.BaseUrl) is { } uri)
        {
            // The URI setter clears the path parameters, and the generated request builders hand their own dictionary
            // to every request they build: detach it first, or the builder would lose its ids.
            requestInfo.PathParameters = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            requestInfo.URI = new Uri(uri);
        }
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> naming the first path parameter with no value, or an empty or blank one;
    /// returns the parsed template (null for a raw URL or a request without one).
    /// </summary>
    internal RequestUriTemplate? Check(RequestInformation requestInfo)
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
                    $"The path parameter '{name}' of {requestInfo.HttpMethod} {PathOf(urlTemplate).Replace("{+baseurl}", string.Empty)} must not be empty or blank"
                    + (value is null ? " (it has no value)." : $" (it is \"{text}\")."), name);
            }
        }

        return template;
    }

    /// <summary>The template up to its query (<c>{?...}</c> or <c>?</c>).</summary>
    private static string PathOf(string template)
    {
        var query = template.IndexOf("{?", StringComparison.Ordinal);
        if (query < 0) query = template.IndexOf('?');
        return query < 0 ? template : template.Substring(0, query);
    }
}
