using System.Collections.Concurrent;
#if NET5_0_OR_GREATER
using System.Diagnostics.CodeAnalysis;
#endif
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Abstractions.Store;

namespace LiveChat.Partners;

/// <summary>
/// The request adapter the SDK builds: Kiota's, behind one check made before any request is sent. Every path
/// parameter of the URL template (<c>{licenseId}</c> in <c>/resellers/licenses/{licenseId}</c>) must have a value
/// that is not empty or blank: Kiota would expand <c>Licenses[""]</c> to <c>/resellers/licenses/</c>, the list's URL,
/// and hand back a list read as one license.
/// </summary>
/// <remarks>One check for every generated request builder, since generated code is never edited. Raw URLs
/// (<c>WithUrl</c>) are sent as given.</remarks>
internal sealed class PathParameterGuard(IRequestAdapter inner) : IRequestAdapter
{
    /// <summary>Kiota's path-parameter key for a raw URL (<c>RequestInformation.RawUrlKey</c>, internal to Kiota).</summary>
    private const string RawUrlKey = "request-raw-url";

    private readonly ConcurrentDictionary<string, string[]> _namesByTemplate = new(StringComparer.Ordinal);

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
        Check(requestInfo);
        return inner.SendAsync(requestInfo, factory, errorMapping, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IEnumerable<ModelType>?> SendCollectionAsync<ModelType>(RequestInformation requestInfo, ParsableFactory<ModelType> factory, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        where ModelType : IParsable
    {
        Check(requestInfo);
        return inner.SendCollectionAsync(requestInfo, factory, errorMapping, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ModelType?> SendPrimitiveAsync<
#if NET5_0_OR_GREATER
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)]
#endif
        ModelType>(RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
    {
        Check(requestInfo);
        return inner.SendPrimitiveAsync<ModelType>(requestInfo, errorMapping, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IEnumerable<ModelType>?> SendPrimitiveCollectionAsync<
#if NET5_0_OR_GREATER
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)]
#endif
        ModelType>(RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
    {
        Check(requestInfo);
        return inner.SendPrimitiveCollectionAsync<ModelType>(requestInfo, errorMapping, cancellationToken);
    }

    /// <inheritdoc />
    public Task SendNoContentAsync(RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
    {
        Check(requestInfo);
        return inner.SendNoContentAsync(requestInfo, errorMapping, cancellationToken);
    }

    /// <inheritdoc />
    public Task<T?> ConvertToNativeRequestAsync<T>(RequestInformation requestInfo, CancellationToken cancellationToken = default)
    {
        Check(requestInfo);
        return inner.ConvertToNativeRequestAsync<T>(requestInfo, cancellationToken);
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first path parameter with no value, or an empty or blank one.</summary>
    internal void Check(RequestInformation requestInfo)
    {
        if (requestInfo is null) throw new ArgumentNullException(nameof(requestInfo));
        if (requestInfo.UrlTemplate is not { } template || requestInfo.PathParameters.ContainsKey(RawUrlKey)) return;
        foreach (var name in _namesByTemplate.GetOrAdd(template, PathParameterNames))
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
                    $"The path parameter '{name}' of {requestInfo.HttpMethod} {PathOf(template).Replace("{+baseurl}", string.Empty)} must not be empty or blank"
                    + (value is null ? " (it has no value)." : $" (it is \"{text}\")."), name);
            }
        }
    }

    /// <summary>The simple-expansion expressions (<c>{name}</c>) of the template's path, before its query.</summary>
    internal static string[] PathParameterNames(string template)
    {
        var names = new List<string>();
        var path = PathOf(template);
        for (var open = path.IndexOf('{'); open >= 0; open = path.IndexOf('{', open + 1))
        {
            var close = path.IndexOf('}', open);
            if (close < 0) break;
            var expression = path.Substring(open + 1, close - open - 1);
            if (expression.Length > 0 && (char.IsLetterOrDigit(expression[0]) || expression[0] == '_'))
            {
                foreach (var part in expression.Split(',')) names.Add(part.TrimEnd('*'));
            }
        }

        return names.ToArray();
    }

    /// <summary>The template up to its query (<c>{?...}</c> or <c>?</c>).</summary>
    private static string PathOf(string template)
    {
        var query = template.IndexOf("{?", StringComparison.Ordinal);
        if (query < 0) query = template.IndexOf('?');
        return query < 0 ? template : template.Substring(0, query);
    }
}
