using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Sandboxes;

/// <summary>
/// A sandbox's own time: the server's <see cref="TimeProvider"/> moved by an offset the admin API sets
/// (<c>PUT /_mock/sandboxes/{partner_id}/clock</c>) or grows (<c>POST .../clock/advance</c>). It runs on with the
/// server's time between moves, and only moves forward: a sandbox's objects never come from its future.
/// Importing a state or resetting the sandbox sets it anew.
/// </summary>
public sealed class SandboxClock(TimeProvider server) : TimeProvider
{
    private long _offsetTicks;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => server.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves the clock to <paramref name="now"/>; <c>409</c> (field <c>now</c>) when that is before the clock's time.</summary>
    public DateTimeOffset MoveTo(DateTimeOffset now)
    {
        var current = GetUtcNow();
        if (now < current.AddSeconds(-1))
        {
            throw ApiErrorException.Conflict($"the sandbox's clock only moves forward: it is {Domain.WireTime.Format(current)}", "now");
        }

        Set(now);
        return GetUtcNow();
    }

    /// <summary>Moves the clock forward by <paramref name="by"/>.</summary>
    public DateTimeOffset Advance(TimeSpan by)
    {
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        return GetUtcNow();
    }

    /// <summary>Sets the clock to <paramref name="now"/>, forward or back (import, reset).</summary>
    internal void Set(DateTimeOffset now) => Interlocked.Exchange(ref _offsetTicks, (now - server.GetUtcNow()).Ticks);

    /// <summary>Runs with the server's time again (reset).</summary>
    internal void Restart() => Interlocked.Exchange(ref _offsetTicks, 0);
}
