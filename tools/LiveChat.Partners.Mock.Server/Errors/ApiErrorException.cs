namespace LiveChat.Partners.Mock.Errors;

/// <summary>
/// Thrown by the domain when a documented rule refuses a request (403 foreign coupon, 409 taken name...).
/// The pipeline turns it into the spec's error body. The domain throws before it changes any state.
/// </summary>
public sealed class ApiErrorException : Exception
{
    /// <summary>Creates the error.</summary>
    public ApiErrorException(int status, string message, params ErrorField[] fields) : base(message)
    {
        Status = status;
        Fields = fields;
    }

    /// <summary>The HTTP status to answer with.</summary>
    public int Status { get; }

    /// <summary>The fields the error is about (may be empty).</summary>
    public IReadOnlyList<ErrorField> Fields { get; }

    /// <summary>
    /// A limit of the mock rather than an answer of the operation (like 413 and 415): strict mode does not
    /// check it against the operation's documented responses.
    /// </summary>
    public bool IsServerLimit { get; private init; }

    /// <summary>429: a cap of the mock (objects per sandbox, sandboxes per server) is reached; nothing was changed.</summary>
    public static ApiErrorException TooManyObjects(string message) => new(429, message) { IsServerLimit = true };

    /// <summary>400: a field failed a rule the spec cannot express.</summary>
    public static ApiErrorException Validation(string field, string reason) => new(400, $"{field}: {reason}", new ErrorField(field, reason));

    /// <summary>403 with a message.</summary>
    public static ApiErrorException Forbidden(string message, string? field = null) =>
        field is null ? new(403, message) : new(403, $"{field}: {message}", new ErrorField(field, message));

    /// <summary>404 with a message.</summary>
    public static ApiErrorException NotFound(string message, string? field = null) =>
        field is null ? new(404, message) : new(404, $"{field}: {message}", new ErrorField(field, message));

    /// <summary>409 with a message.</summary>
    public static ApiErrorException Conflict(string message, string? field = null) =>
        field is null ? new(409, message) : new(409, $"{field}: {message}", new ErrorField(field, message));
}
