namespace LiveChat.Partners;

/// <summary>
/// Automatic retries of transient failures: HTTP 429, 502, 503 and 504 answers, connection failures and attempt
/// timeouts. Only requests that are safe to repeat are retried (GET, HEAD, OPTIONS, PUT, DELETE); a POST is retried
/// only when it provably never reached the server (the connection could not be opened).
/// </summary>
public sealed class LiveChatPartnersRetryOptions
{
    /// <summary>How many times a request is retried after its first attempt. Defaults to 3; 0 turns retries off.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The base of the exponential backoff: attempt n waits about <c>InitialDelay * 2^(n-1)</c>, with jitter. Defaults to 0.5 seconds.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The cap on one backoff delay. Defaults to 30 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest <c>Retry-After</c> the client waits for. A longer one is not waited for: the answer surfaces as a
    /// <see cref="Models.ErrorResponse"/> whose <see cref="Models.ErrorResponse.RetryAfter"/> says when to try again.
    /// Defaults to 60 seconds.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);
}
