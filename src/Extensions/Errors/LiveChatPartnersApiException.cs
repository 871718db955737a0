using System.Net;
using Microsoft.Kiota.Abstractions;

namespace LiveChat.Partners;

/// <summary>
/// The one exception every non-2xx answer of the LiveChat Partner Program API (and of the Recurly token call) surfaces as.
/// </summary>
/// <remarks>
/// <para>It carries the HTTP status, the API's error <see cref="ErrorType"/> and <see cref="ErrorMessage"/>, the
/// offending <see cref="Fields"/> of a validation error and the <see cref="RawBody"/>. It derives from Kiota's
/// <see cref="ApiException"/>, so <see cref="ApiException.ResponseStatusCode"/> and
/// <see cref="ApiException.ResponseHeaders"/> are set too.</para>
/// <para>Its message, <c>ToString()</c> and <see cref="RawBody"/> never contain the API token (an echoed token is
/// replaced by <c>***</c>), and <see cref="RequestUri"/> has no query string (the Recurly call carries card data there).</para>
/// <para>Network failures are not answers: they surface as <see cref="HttpRequestException"/>, and an attempt that
/// timed out as <see cref="TimeoutException"/>.</para>
/// </remarks>
public class LiveChatPartnersApiException : ApiException
{
    /// <summary>Creates the exception; the SDK does this for you, the constructor is public for tests and mocks.</summary>
    /// <param name="statusCode">The HTTP status of the answer.</param>
    /// <param name="errorType">The API's <c>error.type</c>, if the body had one.</param>
    /// <param name="errorMessage">The API's <c>error.message</c>, if the body had one.</param>
    /// <param name="fields">The offending fields of a validation error.</param>
    /// <param name="rawBody">The response body as text.</param>
    /// <param name="requestMethod">The HTTP method of the request.</param>
    /// <param name="requestUri">The request URL without its query string.</param>
    /// <param name="retryAfter">How long the server asked to wait, from <c>Retry-After</c>.</param>
    public LiveChatPartnersApiException(
        HttpStatusCode statusCode,
        string? errorType,
        string? errorMessage,
        IReadOnlyList<LiveChatPartnersErrorField>? fields,
        string? rawBody,
        string? requestMethod = null,
        Uri? requestUri = null,
        TimeSpan? retryAfter = null)
        : base(BuildMessage(statusCode, errorType, errorMessage, requestMethod, requestUri))
    {
        ResponseStatusCode = (int)statusCode;
        StatusCode = statusCode;
        ErrorType = errorType;
        ErrorMessage = errorMessage;
        Fields = fields ?? Array.Empty<LiveChatPartnersErrorField>();
        RawBody = rawBody ?? string.Empty;
        RequestMethod = requestMethod;
        RequestUri = requestUri;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status of the answer (400, 401, 403, 404, 409, 429, 5xx...).</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The API's error type (<c>validation</c>, <c>authentication</c>...; see <see cref="LiveChatPartnersErrorTypes"/>), or null when the body had none.</summary>
    public string? ErrorType { get; }

    /// <summary>The API's error message, or null when the body had none.</summary>
    public string? ErrorMessage { get; }

    /// <summary>The offending fields of a validation error (empty otherwise).</summary>
    public IReadOnlyList<LiveChatPartnersErrorField> Fields { get; }

    /// <summary>The response body as text (empty when there was none), with any echoed token replaced by <c>***</c>.</summary>
    public string RawBody { get; }

    /// <summary>The HTTP method of the failed request.</summary>
    public string? RequestMethod { get; }

    /// <summary>The URL of the failed request, without its query string.</summary>
    public Uri? RequestUri { get; }

    /// <summary>How long the server asked to wait before trying again (<c>Retry-After</c>), when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>True for a 400 validation error; <see cref="Fields"/> says which fields.</summary>
    public bool IsValidationError => StatusCode == HttpStatusCode.BadRequest;

    /// <summary>True for 429, 502, 503 and 504: trying again later may succeed.</summary>
    public bool IsTransient => (int)StatusCode is 429 or 502 or 503 or 504;

    private static string BuildMessage(HttpStatusCode statusCode, string? errorType, string? errorMessage, string? method, Uri? uri)
    {
        var status = (int)statusCode + (Enum.IsDefined(typeof(HttpStatusCode), statusCode) ? " " + statusCode : string.Empty);
        var text = $"The LiveChat Partners API answered {status}";
        if (!string.IsNullOrEmpty(errorType)) text += $" ({errorType})";
        text += string.IsNullOrEmpty(errorMessage) ? "." : $": {errorMessage}";
        if (method is not null && uri is not null) text += $" [{method} {uri.GetLeftPart(UriPartial.Path)}]";
        return text;
    }
}
