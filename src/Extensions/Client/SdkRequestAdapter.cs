#if NET5_0_OR_GREATER
using System.Diagnostics.CodeAnalysis;
#endif
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Helpers;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Abstractions.Store;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace LiveChat.Partners;

/// <summary>
/// The request adapter the SDK builds: what Kiota's <c>HttpClientRequestAdapter</c> does for the generated request
/// builders, on the SDK's <see cref="HttpClient"/> (whose handlers add the token, retry and follow redirects within the
/// API), turning every final non-2xx answer into an <see cref="Models.ErrorResponse"/> (<see cref="ApiErrors"/>), with
/// three differences:
/// <list type="bullet">
/// <item>an empty or blank path id throws <see cref="ArgumentException"/> before anything is sent, and URLs are
/// expanded from templates parsed once (<see cref="RequestUris"/>);</item>
/// <item>answers are read straight from the connection by the parse nodes (<see cref="ResponseBodies"/>), not copied
/// into a buffer first;</item>
/// <item>no tracing spans of its own, and none of the per-request strings they cost: <c>System.Net.Http</c>'s
/// activities (<c>HttpClient</c> diagnostics) still trace every request.</item>
/// </list>
/// </summary>
/// <remarks>
/// Kept from Kiota's adapter: the parse node and serialization writer factories, the backing store switch, a
/// <see cref="ResponseHandlerOption"/> on a request (it gets the raw <see cref="HttpResponseMessage"/>), request
/// options handed to the handlers, the request's body stream disposed once sent, and which answers have no body.
/// Authentication is the token handler's (<see cref="BearerTokenHandler"/>), not an <c>IAuthenticationProvider</c>'s.
/// </remarks>
internal sealed class SdkRequestAdapter : IRequestAdapter
{
    private readonly HttpClient _httpClient;
    private readonly LiveChatPartnersSettings _settings;
    private readonly RequestUris _uris = new();
    private readonly ResponseBodies _bodies;
    private string? _baseUrl;

    /// <summary>An adapter sending through <paramref name="httpClient"/>, below <see cref="LiveChatPartnersSettings.ApiBaseUrl"/>.</summary>
    public SdkRequestAdapter(HttpClient httpClient, LiveChatPartnersSettings settings, IParseNodeFactory parseNodeFactory)
    {
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _bodies = new ResponseBodies(parseNodeFactory ?? throw new ArgumentNullException(nameof(parseNodeFactory)));
        SerializationWriterFactory = SerializationWriterFactoryRegistry.DefaultInstance;
        BaseUrl = settings.ApiBaseUrlString;
    }

    /// <inheritdoc />
    public ISerializationWriterFactory SerializationWriterFactory { get; private set; }

    /// <inheritdoc />
    public string? BaseUrl
    {
        get => _baseUrl;
        set => _baseUrl = value?.TrimEnd('/');
    }

    /// <inheritdoc />
    public void EnableBackingStore(IBackingStoreFactory backingStoreFactory)
    {
        _bodies.ParseNodeFactory = ApiClientBuilder.EnableBackingStoreForParseNodeFactory(_bodies.ParseNodeFactory);
        SerializationWriterFactory = ApiClientBuilder.EnableBackingStoreForSerializationWriterFactory(SerializationWriterFactory);
        if (backingStoreFactory is not null) BackingStoreFactorySingleton.Instance = backingStoreFactory;
    }

    /// <inheritdoc />
    public async Task<ModelType?> SendAsync<ModelType>(RequestInformation requestInfo, ParsableFactory<ModelType> factory, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        where ModelType : IParsable
    {
        var handler = ResponseHandlerOf(requestInfo);
        var response = await SendRequestAsync(requestInfo, handler, cancellationToken).ConfigureAwait(false);
        if (handler is not null)
            return await handler.HandleResponseAsync<HttpResponseMessage, ModelType>(response, errorMapping).ConfigureAwait(false);

        using (response)
        {
            var root = await _bodies.ReadRootAsync(response, cancellationToken).ConfigureAwait(false);
            return root is null ? default : root.GetObjectValue(factory);
        }
    }

    /// <inheritdoc />
    public async Task<IEnumerable<ModelType>?> SendCollectionAsync<ModelType>(RequestInformation requestInfo, ParsableFactory<ModelType> factory, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        where ModelType : IParsable
    {
        var handler = ResponseHandlerOf(requestInfo);
        var response = await SendRequestAsync(requestInfo, handler, cancellationToken).ConfigureAwait(false);
        if (handler is not null)
            return await handler.HandleResponseAsync<HttpResponseMessage, IEnumerable<ModelType>>(response, errorMapping).ConfigureAwait(false);

        using (response)
        {
            var root = await _bodies.ReadRootAsync(response, cancellationToken).ConfigureAwait(false);
            return root?.GetCollectionOfObjectValues(factory);
        }
    }

    /// <inheritdoc />
    public async Task<ModelType?> SendPrimitiveAsync<
#if NET5_0_OR_GREATER
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)]
#endif
        ModelType>(RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
    {
        var handler = ResponseHandlerOf(requestInfo);
        var response = await SendRequestAsync(requestInfo, handler, cancellationToken).ConfigureAwait(false);
        if (handler is not null)
            return await handler.HandleResponseAsync<HttpResponseMessage, ModelType>(response, errorMapping).ConfigureAwait(false);

        if (typeof(ModelType) == typeof(Stream))
            return (ModelType?)(object?)await StreamOfAsync(response, cancellationToken).ConfigureAwait(false);

        using (response)
        {
            var root = await _bodies.ReadRootAsync(response, cancellationToken).ConfigureAwait(false);
            return root is null ? default : (ModelType?)PrimitiveOf<ModelType>(root);
        }
    }

    /// <inheritdoc />
    public async Task<IEnumerable<ModelType>?> SendPrimitiveCollectionAsync<
#if NET5_0_OR_GREATER
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)]
#endif
        ModelType>(RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
    {
        var handler = ResponseHandlerOf(requestInfo);
        var response = await SendRequestAsync(requestInfo, handler, cancellationToken).ConfigureAwait(false);
        if (handler is not null)
            return await handler.HandleResponseAsync<HttpResponseMessage, IEnumerable<ModelType>>(response, errorMapping).ConfigureAwait(false);

        using (response)
        {
            var root = await _bodies.ReadRootAsync(response, cancellationToken).ConfigureAwait(false);
            return root?.GetCollectionOfPrimitiveValues<ModelType>();
        }
    }

    /// <inheritdoc />
    public async Task SendNoContentAsync(RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
    {
        var handler = ResponseHandlerOf(requestInfo);
        var response = await SendRequestAsync(requestInfo, handler, cancellationToken).ConfigureAwait(false);
        if (handler is not null)
        {
            await handler.HandleResponseAsync<HttpResponseMessage, object>(response, errorMapping).ConfigureAwait(false);
            return;
        }

        response.Dispose();
    }

    /// <inheritdoc />
    /// <remarks>Converts to an <see cref="HttpRequestMessage"/>, as the SDK's handlers will send it (less the token).</remarks>
    public Task<T?> ConvertToNativeRequestAsync<T>(RequestInformation requestInfo, CancellationToken cancellationToken = default)
    {
        if (requestInfo is null) throw new ArgumentNullException(nameof(requestInfo));
        return RequestMessages.Create(requestInfo, _uris.UriOf(requestInfo, BaseUrl)) is T message
            ? Task.FromResult<T?>(message)
            : throw new InvalidOperationException($"Could not convert the request information to a {typeof(T).Name}.");
    }

    /// <summary>
    /// Sends the request; the answer's headers are in, its body is still on the connection. A non-2xx answer throws
    /// <see cref="Models.ErrorResponse"/>, unless the request's <see cref="ResponseHandlerOption"/> takes the raw answer.
    /// </summary>
    /// <remarks>On .NET 8 and later, its state machines are pooled: this step allocates nothing per request.</remarks>
#if NET6_0_OR_GREATER
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
#endif
    private async ValueTask<HttpResponseMessage> SendRequestAsync(RequestInformation requestInfo, IResponseHandler? responseHandler, CancellationToken cancellationToken)
    {
        if (requestInfo is null) throw new ArgumentNullException(nameof(requestInfo));
        using var message = RequestMessages.Create(requestInfo, _uris.UriOf(requestInfo, BaseUrl));
        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            requestInfo.Content?.Dispose();
        }

        if (!response.IsSuccessStatusCode && responseHandler is null)
            throw await ApiErrors.CreateAsync(message, response, _settings, cancellationToken).ConfigureAwait(false);
        return response;
    }

    /// <summary>The body as a stream the caller disposes (with the answer), or <see langword="null"/> when there is none.</summary>
    private static async Task<Stream?> StreamOfAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (ResponseBodies.HasNoBody(response))
        {
            response.Dispose();
            return null;
        }

#if NET5_0_OR_GREATER
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        if (stream.CanSeek && stream.Length == 0)
        {
            response.Dispose();
            return null;
        }

        return stream;
    }

    /// <summary>A primitive body read as Kiota's adapter reads it, by the requested type.</summary>
    private static object? PrimitiveOf<
#if NET5_0_OR_GREATER
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)]
#endif
        ModelType>(IParseNode root)
    {
        var type = typeof(ModelType);
        if (type == typeof(string)) return root.GetStringValue();
        if (type == typeof(bool?)) return root.GetBoolValue();
        if (type == typeof(byte?)) return root.GetByteValue();
        if (type == typeof(sbyte?)) return root.GetSbyteValue();
        if (type == typeof(int?)) return root.GetIntValue();
        if (type == typeof(long?)) return root.GetLongValue();
        if (type == typeof(float?)) return root.GetFloatValue();
        if (type == typeof(double?)) return root.GetDoubleValue();
        if (type == typeof(decimal?)) return root.GetDecimalValue();
        if (type == typeof(Guid?)) return root.GetGuidValue();
        if (type == typeof(DateTimeOffset?)) return root.GetDateTimeOffsetValue();
        if (type == typeof(TimeSpan?)) return root.GetTimeSpanValue();
        if (type == typeof(Date?)) return root.GetDateValue();
        if (type == typeof(Time?)) return root.GetTimeValue();
        if (Nullable.GetUnderlyingType(type) is { IsEnum: true } enumType)
            return root.GetStringValue() is { Length: > 0 } text ? EnumHelpers.GetEnumValue(enumType, text) : null;
        throw new InvalidOperationException($"The SDK cannot read a {type.Name} from an answer's body.");
    }

    private static IResponseHandler? ResponseHandlerOf(RequestInformation requestInfo) =>
        requestInfo is null ? throw new ArgumentNullException(nameof(requestInfo)) : requestInfo.GetRequestOption<ResponseHandlerOption>()?.ResponseHandler;
}
