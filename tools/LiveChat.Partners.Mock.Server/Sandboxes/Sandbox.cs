namespace LiveChat.Partners.Mock.Sandboxes;

/// <summary>
/// One isolated partner account with its own state, request journal and fault rules. Every read and
/// write of the state goes through <see cref="Read{T}"/> / <see cref="Write{T}"/>, under one lock, so
/// concurrent clients lose no writes and get unique ids and slugs.
/// </summary>
public sealed class Sandbox
{
    private readonly Lock _gate = new();
    private PartnerState _state;

    internal Sandbox(SandboxCredentials credentials, PartnerState state, TimeProvider server)
    {
        Credentials = credentials;
        _state = state;
        Clock = new SandboxClock(server);
    }

    /// <summary>The partner id, which is the sandbox id.</summary>
    public string Id => Credentials.PartnerId;

    /// <summary>The credentials the sandbox was created with (reset restores them); an imported state sets them.</summary>
    public SandboxCredentials Credentials { get; internal set; }

    /// <summary>Requests received for this sandbox.</summary>
    public RequestJournal Journal { get; } = new();

    /// <summary>Faults to inject into this sandbox's next requests.</summary>
    public FaultBook Faults { get; } = new();

    /// <summary>The statuses this sandbox's requests got, per operation (the coverage report).</summary>
    public CoverageTally Coverage { get; } = new();

    /// <summary>The sandbox's own time: new objects take it, and the state follows it (<see cref="PartnerState.CatchUp"/>).</summary>
    public SandboxClock Clock { get; }

    /// <summary>Reads the state under the lock, once it has caught up with the clock.</summary>
    public T Read<T>(Func<PartnerState, T> read)
    {
        lock (_gate)
        {
            _state.CatchUp(Clock.GetUtcNow());
            return read(_state);
        }
    }

    /// <summary>
    /// Changes the state under the lock, once it has caught up with the clock. <paramref name="write"/> checks its
    /// rules before it changes anything.
    /// </summary>
    public T Write<T>(Func<PartnerState, T> write)
    {
        lock (_gate)
        {
            _state.CatchUp(Clock.GetUtcNow());
            return write(_state);
        }
    }

    /// <summary>The sandbox's time now.</summary>
    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>Replaces the state (reset).</summary>
    internal void Replace(Func<PartnerState, PartnerState> replace)
    {
        lock (_gate)
        {
            _state = replace(_state);
        }
    }
}
