namespace LiveChat.Partners.Mock.Errors;

/// <summary>The error <c>type</c> that goes with each HTTP status (docs/design-decisions.md, "Error body").</summary>
public static class ErrorType
{
    /// <summary>Returns the error type for <paramref name="status"/>.</summary>
    public static string ForStatus(int status) => status switch
    {
        400 => "validation",
        401 => "authentication",
        403 => "authorization",
        404 => "not_found",
        405 => "method_not_allowed",
        409 => "conflict",
        413 => "entity_too_large",
        415 => "unsupported_media_type",
        429 => "too_many_requests",
        502 or 503 or 504 => "service_unavailable",
        _ when status >= 500 => "internal",
        _ => "validation",
    };
}
