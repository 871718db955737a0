namespace LiveChat.Partners.Mock.Sandboxes;

/// <summary>One request a sandbox received, as the client sent it, with secrets redacted.</summary>
public sealed record JournalEntry(
    long Sequence,
    string Timestamp,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    string? OperationId,
    int Status);
