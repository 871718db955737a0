namespace LiveChat.Partners.Reliability.Fuzzing;

/// <summary>One generated request: the constraint it breaks (<see cref="Rule"/>) and what goes on the wire.</summary>
public sealed record FuzzRequest(string Rule, string Method, string PathAndQuery, string? ContentType, byte[]? Body, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    /// <summary>What CsCheck prints for a failing case (the body shortened).</summary>
    public override string ToString()
    {
        var body = Body is null ? "<no body>" : Infrastructure.ErrorBodyShape.Shorten(System.Text.Encoding.UTF8.GetString(Body));
        return $"[{Rule}] {Method} {Infrastructure.ErrorBodyShape.Shorten(PathAndQuery)} ({ContentType ?? "no Content-Type"}, {Body?.Length ?? 0} bytes) {body}";
    }
}
