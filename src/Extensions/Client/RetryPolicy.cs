namespace LiveChat.Partners;

/// <summary>An immutable copy of <see cref="LiveChatPartnersRetryOptions"/>, validated.</summary>
internal sealed class RetryPolicy
{
    private RetryPolicy(int maxRetries, TimeSpan initialDelay, TimeSpan maxDelay, TimeSpan maxRetryAfter)
    {
        MaxRetries = maxRetries;
        InitialDelay = initialDelay;
        MaxDelay = maxDelay;
        MaxRetryAfter = maxRetryAfter;
    }

    public int MaxRetries { get; }

    public TimeSpan InitialDelay { get; }

    public TimeSpan MaxDelay { get; }

    public TimeSpan MaxRetryAfter { get; }

    public static RetryPolicy From(LiveChatPartnersRetryOptions options)
    {
        if (options.MaxRetries < 0) throw new ArgumentException("Retry.MaxRetries must be 0 (no retries) or more.", nameof(options));
        if (options.InitialDelay < TimeSpan.Zero) throw new ArgumentException("Retry.InitialDelay must not be negative.", nameof(options));
        if (options.MaxDelay < options.InitialDelay) throw new ArgumentException("Retry.MaxDelay must be at least Retry.InitialDelay.", nameof(options));
        if (options.MaxRetryAfter < TimeSpan.Zero) throw new ArgumentException("Retry.MaxRetryAfter must not be negative.", nameof(options));
        return new RetryPolicy(options.MaxRetries, options.InitialDelay, options.MaxDelay, options.MaxRetryAfter);
    }

    /// <summary>
    /// The backoff before retry number <paramref name="retry"/> (1-based): exponential, capped at <see cref="MaxDelay"/>,
    /// with "equal jitter" (a random value between half the delay and the delay) so clients do not retry in lockstep.
    /// </summary>
    public TimeSpan BackoffDelay(int retry, double random)
    {
        var exponent = Math.Min(retry - 1, 30);
        var ticks = Math.Min(InitialDelay.Ticks * Math.Pow(2, exponent), MaxDelay.Ticks);
        return TimeSpan.FromTicks((long)(ticks / 2 + ticks / 2 * random));
    }
}
