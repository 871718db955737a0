using LiveChat.Partners.Models;

namespace LiveChat.Partners;

/// <summary>
/// The API's error types (<see cref="ErrorResponse.ErrorType"/>, the document's <c>ErrorType</c> schema) and the
/// statuses of each: the SDK's one copy of the document's <c>x-status-codes</c> table (a test checks it against the
/// document). The set is open: the API may answer other types.
/// </summary>
public static class LiveChatPartnersErrorTypes
{
    /// <summary>Missing or incorrect parameters; see <see cref="ErrorResponse.Fields"/>.</summary>
    public const string Validation = "validation";

    /// <summary>Missing or incorrect authorization header.</summary>
    public const string Authentication = "authentication";

    /// <summary>Not allowed (wrong password, not an Expert, coupon not yours...).</summary>
    public const string Authorization = "authorization";

    /// <summary>The license or invoice does not exist.</summary>
    public const string NotFound = "not_found";

    /// <summary>The method is not allowed on this path.</summary>
    public const string MethodNotAllowed = "method_not_allowed";

    /// <summary>Conflict with the current state (label or name taken, subscription exists...).</summary>
    public const string Conflict = "conflict";

    /// <summary>The body is too large.</summary>
    public const string EntityTooLarge = "entity_too_large";

    /// <summary>The body's media type is not accepted.</summary>
    public const string UnsupportedMediaType = "unsupported_media_type";

    /// <summary>Too many requests; see <see cref="ErrorResponse.RetryAfter"/>.</summary>
    public const string TooManyRequests = "too_many_requests";

    /// <summary>The API failed.</summary>
    public const string Internal = "internal";

    /// <summary>The API is unavailable for now.</summary>
    public const string ServiceUnavailable = "service_unavailable";

    /// <summary>Each error type and the statuses it is answered with (the document's <c>ErrorType.x-status-codes</c>).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<int>> StatusCodes { get; } = new Dictionary<string, IReadOnlyList<int>>
    {
        [Validation] = [400],
        [Authentication] = [401],
        [Authorization] = [403],
        [NotFound] = [404],
        [MethodNotAllowed] = [405],
        [Conflict] = [409],
        [EntityTooLarge] = [413],
        [UnsupportedMediaType] = [415],
        [TooManyRequests] = [429],
        [Internal] = [500],
        [ServiceUnavailable] = [502, 503, 504],
    };

    /// <summary>The types whose answers may succeed when tried again later.</summary>
    private static readonly string[] TransientTypes = [TooManyRequests, ServiceUnavailable];

    /// <summary>The error type the document gives <paramref name="status"/>, or null for a status it does not list.</summary>
    /// <param name="status">An HTTP status.</param>
    public static string? ForStatus(int status)
    {
        foreach (var entry in StatusCodes)
        {
            if (entry.Value.Contains(status)) return entry.Key;
        }

        return null;
    }

    /// <summary>
    /// True for the statuses of <see cref="TooManyRequests"/> and <see cref="ServiceUnavailable"/> (429, 502, 503, 504):
    /// trying again later may succeed. The SDK's retries and <see cref="ErrorResponse.IsTransient"/> both use this.
    /// </summary>
    /// <param name="status">An HTTP status.</param>
    public static bool IsTransientStatus(int status) => Array.IndexOf(TransientTypes, ForStatus(status)) >= 0;
}
