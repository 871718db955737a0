namespace LiveChat.Partners.Mock.Sandboxes;

/// <summary>One request a sandbox received, as the client sent it, with secrets redacted, and what the client got.</summary>
/// <param name="Sequence">The entry's number in its journal.</param>
/// <param name="Timestamp">When the request arrived (<c>YYYY-MM-DD HH:MM:SS</c> UTC).</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, without the query.</param>
/// <param name="Query">The query parameters (secrets redacted).</param>
/// <param name="Headers">The headers as sent (secrets redacted).</param>
/// <param name="Body">The body (secrets redacted), or null.</param>
/// <param name="OperationId">The operation the request was routed to, or null.</param>
/// <param name="Status">The status the client received; 0 when the connection was dropped.</param>
/// <param name="Dropped">Whether the connection was dropped before a complete answer (a drop fault, the client leaving).</param>
/// <param name="Origin">Who answered: <c>operation</c>, <c>validation</c>, <c>authentication</c>, <c>forced</c>, <c>fault</c> or <c>mock</c>.</param>
public sealed record JournalEntry(
    long Sequence,
    string Timestamp,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    string? OperationId,
    int Status,
    bool Dropped,
    string Origin);
