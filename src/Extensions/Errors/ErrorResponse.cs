using System.Net;

namespace LiveChat.Partners.Models;

/// <summary>
/// The one exception every non-2xx answer of the LiveChat Partner Program API (and of the Recurly token call) surfaces
/// as: Kiota's model of the document's <c>ErrorResponse</c> schema, which is what every generated method's
/// <c>&lt;exception&gt;</c> docs name, extended here with what a caller needs to act on it.
/// </summary>
/// <remarks>
/// <para>It carries the HTTP <see cref="StatusCode"/>, the parsed body (<see cref="Error"/>, with the shortcuts
/// <see cref="ErrorType"/>, <see cref="ErrorMessage"/> and <see cref="Fields"/>), the <see cref="RawBody"/> and
/// <see cref="RetryAfter"/>. It derives from Kiota's <see cref="Microsoft.Kiota.Abstractions.ApiException"/>, so
/// <c>ResponseStatusCode</c> and <c>ResponseHeaders</c> are set too.</para>
/// <para>Every status surfaces as this type, whether or not the document declares it for the operation (a 418, an
/// HTML 502 from a proxy, a redirect the SDK would not follow).</para>
/// <para>Its message, <c>ToString()</c>, <see cref="ErrorMessage"/> and <see cref="RawBody"/> never contain the API
/// token (an echoed token is replaced by <c>***</c>), and <see cref="RequestUri"/> has no query string (the Recurly
/// call carries card data there).</para>
/// <para>Network failures are not answers: they surface as <see cref="HttpRequestException"/>, and an attempt that
/// timed out as <see cref="TimeoutException"/>.</para>
/// </remarks>
public partial class ErrorResponse
{
    private static readonly IReadOnlyList<ErrorField> NoFields = Array.Empty<ErrorField>();

    /// <summary>Creates the exception for an answer; the SDK does this for you, the constructor is public for tests and mocks.</summary>
    /// <param name="statusCode">The HTTP status of the answer.</param>
    /// <param name="error">The body's <c>error</c> object, if it had one.</param>
    /// <param name="rawBody">The response body as text.</param>
    /// <param name="requestMethod">The HTTP method of the request.</param>
    /// <param name="requestUri">The request URL; its query string is dropped.</param>
    /// <param name="retryAfter">How long the server asked to wait, from <c>Retry-After</c>.</param>
    public ErrorResponse(
        HttpStatusCode statusCode,
        ErrorDetail? error,
        string? rawBody,
        string? requestMethod = null,
        Uri? requestUri = null,
        TimeSpan? retryAfter = null)
        : base(BuildMessage(statusCode, error, requestMethod, requestUri))
    {
        AdditionalData = new Dictionary<string, object>();
        ResponseStatusCode = (int)statusCode;
        Error = error;
        RawBody = rawBody ?? string.Empty;
        RequestMethod = requestMethod;
        RequestUri = requestUri is null ? null : new Uri(requestUri.GetLeftPart(UriPartial.Path));
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status of the answer (400, 401, 403, 404, 409, 429, 5xx...).</summary>
    public HttpStatusCode StatusCode => (HttpStatusCode)ResponseStatusCode;

    /// <summary>
    /// The API's <c>error.type</c> (<c>validation</c>, <c>authentication</c>...; see <see cref="LiveChatPartnersErrorTypes"/>),
    /// or null when the body had none. An open set: compare with the constants, do not switch exhaustively.
    /// </summary>
    public string? ErrorType => Error?.Type;

    /// <summary>The API's <c>error.message</c>, or null when the body had none.</summary>
    public string? ErrorMessage => Error?.Message;

    /// <summary>The offending fields of a validation error (empty otherwise).</summary>
    public IReadOnlyList<ErrorField> Fields => Error?.Fields ?? NoFields;

    /// <summary>The response body as text (empty when there was none), with any echoed token replaced by <c>***</c>.</summary>
    public string RawBody { get; } = string.Empty;

    /// <summary>The HTTP method of the failed request.</summary>
    public string? RequestMethod { get; }

    /// <summary>The URL of the failed request, without its query string.</summary>
    public Uri? RequestUri { get; }

    /// <summary>How long the server asked to wait before trying again (<c>Retry-After</c>), when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>True for a 400 validation error; <see cref="Fields"/> says which fields.</summary>
    public bool IsValidationError => StatusCode == HttpStatusCode.BadRequest;

    /// <summary>True when trying again later may succeed: <see cref="LiveChatPartnersErrorTypes.IsTransientStatus"/>.</summary>
    public bool IsTransient => LiveChatPartnersErrorTypes.IsTransientStatus(ResponseStatusCode);

    private static string BuildMessage(HttpStatusCode statusCode, ErrorDetail? error, string? method, Uri? uri)
    {
#if NET8_0_OR_GREATER
        var named = Enum.IsDefined(statusCode);
#else
        var named = Enum.IsDefined(typeof(HttpStatusCode), statusCode);
#endif
        var status = (int)statusCode + (named ? " " + statusCode : string.Empty);
        var text = $"The LiveChat Partners API answered {status}";
        if (!string.IsNullOrEmpty(error?.Type)) text += $" ({error!.Type})";
        text += string.IsNullOrEmpty(error?.Message) ? "." : $": {error!.Message}";
        if (method is not null && uri is not null) text += $" [{method} {uri.GetLeftPart(UriPartial.Path)}]";
        return text;
    }
}
