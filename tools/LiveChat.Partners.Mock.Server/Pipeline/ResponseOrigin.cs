namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>Who wrote the answer to a Partner API request (the journal's <c>origin</c>).</summary>
public enum ResponseOrigin
{
    /// <summary>The operation's behaviour: its success, or a refusal by a domain rule (404, 403, 409...).</summary>
    Operation,

    /// <summary>Request validation against the document refused a parameter or the body (400).</summary>
    Validation,

    /// <summary>Authentication refused the bearer token (401, or 403 where the operation documents only that).</summary>
    Authentication,

    /// <summary><c>Prefer: code=N</c> forced the operation's documented response for N.</summary>
    Forced,

    /// <summary>An injected fault (a status, or a dropped connection).</summary>
    Fault,

    /// <summary>
    /// A limit the document declares on the operation: the body size (413), the media type (415), the objects a
    /// sandbox holds (429). Strict mode checks it like any documented answer.
    /// </summary>
    Limit,

    /// <summary>
    /// The mock itself, not the operation: no operation at that path (404, 405), the sandboxes cap of the server
    /// (429 on the admin API), a refused <c>Prefer</c> header, a request Kestrel found malformed, or an error of the
    /// mock (500).
    /// </summary>
    Mock,
}

/// <summary>What the origins mean for the journal and strict mode.</summary>
public static class ResponseOrigins
{
    /// <summary>The origin as the journal writes it (<c>operation</c>, <c>validation</c>...).</summary>
    public static string WireName(this ResponseOrigin origin) => origin switch
    {
        ResponseOrigin.Operation => "operation",
        ResponseOrigin.Validation => "validation",
        ResponseOrigin.Authentication => "authentication",
        ResponseOrigin.Forced => "forced",
        ResponseOrigin.Fault => "fault",
        ResponseOrigin.Limit => "limit",
        _ => "mock",
    };

    /// <summary>Whether the answer is one of the operation's documented responses (strict mode checks those, and only those).</summary>
    public static bool IsOperationAnswer(this ResponseOrigin origin) =>
        origin is ResponseOrigin.Operation or ResponseOrigin.Validation or ResponseOrigin.Authentication or ResponseOrigin.Forced or ResponseOrigin.Limit;
}
