namespace LiveChat.Partners;

/// <summary>The values of <see cref="LiveChatPartnersApiException.ErrorType"/> (the API's <c>error.type</c>), one per status.</summary>
public static class LiveChatPartnersErrorTypes
{
    /// <summary>400: missing or incorrect parameters; see <see cref="LiveChatPartnersApiException.Fields"/>.</summary>
    public const string Validation = "validation";

    /// <summary>401: missing or incorrect authorization header.</summary>
    public const string Authentication = "authentication";

    /// <summary>403: not allowed (wrong password, not an Expert, coupon not yours...).</summary>
    public const string Authorization = "authorization";

    /// <summary>404: the license or invoice does not exist.</summary>
    public const string NotFound = "not_found";

    /// <summary>405: the method is not allowed on this path.</summary>
    public const string MethodNotAllowed = "method_not_allowed";

    /// <summary>409: conflict with the current state (label or name taken, subscription exists...).</summary>
    public const string Conflict = "conflict";

    /// <summary>413: the body is too large.</summary>
    public const string EntityTooLarge = "entity_too_large";

    /// <summary>415: the body's media type is not accepted.</summary>
    public const string UnsupportedMediaType = "unsupported_media_type";

    /// <summary>429: too many requests; see <see cref="LiveChatPartnersApiException.RetryAfter"/>.</summary>
    public const string TooManyRequests = "too_many_requests";

    /// <summary>500: the API failed.</summary>
    public const string Internal = "internal";

    /// <summary>502, 503, 504: the API is unavailable for now.</summary>
    public const string ServiceUnavailable = "service_unavailable";
}
