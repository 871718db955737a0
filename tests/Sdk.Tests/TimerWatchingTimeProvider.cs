using Microsoft.Extensions.Time.Testing;

namespace LiveChat.Partners.Tests;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells when code under test has started waiting on it, so a test
/// advances the clock only once the wait exists and can assert "nothing happened yet" without sleeping on
/// the wall clock: before the wait's due time no timer fires, so nothing can have happened. Only waits
/// count (timers due within <see cref="LongestWait"/>): the client's per-attempt timeout (100 s by default)
/// is a timer too, and is not one. <see cref="Waits"/> records each wait's length, in the order they started, so a
/// test asserts the exact delays rather than only that nothing happened before a point in time.
/// </summary>
internal sealed class TimerWatchingTimeProvider : FakeTimeProvider
{
    private readonly object _gate = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];
    private readonly List<TimeSpan> _waits = [];

    /// <summary>The longest timer that counts as a wait (a backoff or a <c>Retry-After</c>).</summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    /// <summary>The length of each wait started so far (a backoff or a <c>Retry-After</c>), oldest first.</summary>
    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_gate)
            {
                return [.. _waits];
            }
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime == Timeout.InfiniteTimeSpan || dueTime > LongestWait)
        {
            return timer;
        }

        lock (_gate)
        {
            _waits.Add(dueTime);
            foreach (var waiter in _waiters.Where(w => w.Count <= _waits.Count).ToList())
            {
                waiter.Reached.TrySetResult();
                _waiters.Remove(waiter);
            }
        }

        return timer;
    }

    /// <summary>Completes once <paramref name="count"/> waits have been started in all.</summary>
    public Task WaitForTimersAsync(int count)
    {
        lock (_gate)
        {
            if (_waits.Count >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, reached));
            return reached.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }
}
