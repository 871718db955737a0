namespace LiveChat.Partners.Mock.Sandboxes;

/// <summary>
/// A fault to inject into the next <see cref="Remaining"/> requests matching <see cref="Method"/>
/// (<c>*</c> for any) and <see cref="Path"/> (exact, or a prefix ending in <c>*</c>): answer
/// <see cref="Status"/> with the error body (and <c>Retry-After</c> for 429), wait
/// <see cref="DelayMilliseconds"/> first, or drop the connection.
/// </summary>
public sealed record FaultRule(long Id, string Method, string Path, int Remaining, int? Status, int? RetryAfterSeconds, int DelayMilliseconds, bool Drop)
{
    /// <summary>Whether the rule applies to a request.</summary>
    public bool Matches(string method, string path) =>
        (Method == "*" || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (Path.EndsWith('*')
            ? path.StartsWith(Path[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(Path.TrimEnd('/'), path.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
}
