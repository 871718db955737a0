using LiveChat.Partners.Testing.Admin.Models;

namespace LiveChat.Partners.Testing;

/// <summary>
/// Who answered a request, as the mock reports it: the values of <see cref="JournalEntry.Origin"/> and the keys of
/// <see cref="StatusCoverage.Origins"/> (the admin document's <c>ResponseOrigin</c>; a test checks these against it).
/// The set is open: a newer mock may report another value.
/// </summary>
/// <example><code>Assert.Equal(ResponseOrigins.Fault, journal[0].Origin);</code></example>
public static class ResponseOrigins
{
    /// <summary>The operation's behaviour: a success, or a refusal by a rule of the API (<c>404</c>, <c>403</c>, <c>409</c>...).</summary>
    public const string Operation = "operation";

    /// <summary>A parameter or the body refused against the document (<c>400</c>).</summary>
    public const string Validation = "validation";

    /// <summary>The bearer token refused (<c>401</c>, or <c>403</c> where the operation documents only that).</summary>
    public const string Authentication = "authentication";

    /// <summary><c>Prefer: code=N</c> forced the operation's documented response for N.</summary>
    public const string Forced = "forced";

    /// <summary>A fault injected with <see cref="SandboxFaults.AddAsync"/> (a status, a delay, or a dropped connection).</summary>
    public const string Fault = "fault";

    /// <summary>A limit the operation declares: the body size (<c>413</c>), the media type (<c>415</c>), the objects per sandbox (<c>429</c>).</summary>
    public const string Limit = "limit";

    /// <summary>The mock itself: no such operation (<c>404</c>, <c>405</c>), the sandboxes cap (<c>429</c>), a refused <c>Prefer</c> header, a malformed request, an error of the mock (<c>500</c>).</summary>
    public const string Mock = "mock";
}
