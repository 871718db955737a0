using System.Globalization;
using LiveChat.Partners.Testing.Admin.Mock.Sandboxes.Item.Clock;
using LiveChat.Partners.Testing.Admin.Models;

namespace LiveChat.Partners.Testing;

/// <summary>
/// The clock of one sandbox: new objects take its time, trials end when their <c>end_timestamp</c> passes,
/// pending withdrawals are paid a day after their request. It only moves forward.
/// </summary>
public sealed class SandboxClock
{
    private const string WireFormat = "yyyy-MM-dd HH:mm:ss";
    private readonly ClockRequestBuilder _clock;

    internal SandboxClock(ClockRequestBuilder clock) => _clock = clock;

    /// <summary>The sandbox's current time (UTC).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<DateTimeOffset> GetNowAsync(CancellationToken cancellationToken = default) =>
        Parse(await _clock.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false));

    /// <summary>Moves the sandbox's time forward by <paramref name="by"/> (whole seconds, at least one).</summary>
    /// <param name="by">How far, for example <c>TimeSpan.FromDays(31)</c> to end a 30-day trial.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The sandbox's new time.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is less than one second.</exception>
    public async Task<DateTimeOffset> AdvanceAsync(TimeSpan by, CancellationToken cancellationToken = default)
    {
        if (by < TimeSpan.FromSeconds(1)) throw new ArgumentOutOfRangeException(nameof(by), by, "The clock moves forward by at least one second.");
        var answer = await _clock.Advance.PostAsync(new AdvanceClockRequest { Seconds = (long)by.TotalSeconds }, cancellationToken: cancellationToken).ConfigureAwait(false);
        return Parse(answer);
    }

    /// <summary>Sets the sandbox's time; the mock refuses (<c>409</c>) a time before the current one.</summary>
    /// <param name="now">The new time; sent in UTC, to the second.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The sandbox's new time.</returns>
    public async Task<DateTimeOffset> SetAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var request = new SetClockRequest { Now = now.UtcDateTime.ToString(WireFormat, CultureInfo.InvariantCulture) };
        return Parse(await _clock.PutAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false));
    }

    private static DateTimeOffset Parse(Admin.Models.SandboxClock? clock) =>
        DateTimeOffset.ParseExact(
            clock?.Now ?? throw new InvalidOperationException("The mock answered no clock."),
            WireFormat,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
