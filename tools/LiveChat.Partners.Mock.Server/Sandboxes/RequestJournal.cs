namespace LiveChat.Partners.Mock.Sandboxes;

/// <summary>The last <see cref="Capacity"/> requests of a sandbox, oldest first.</summary>
public sealed class RequestJournal
{
    /// <summary>How many requests are kept.</summary>
    public const int Capacity = 1000;

    private readonly Lock _gate = new();
    private readonly LinkedList<JournalEntry> _entries = new();
    private long _sequence;

    /// <summary>The recorded requests, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return _entries.ToList();
            }
        }
    }

    /// <summary>Records a request (the sequence number is assigned here).</summary>
    public void Record(Func<long, JournalEntry> entry)
    {
        lock (_gate)
        {
            _entries.AddLast(entry(++_sequence));
            if (_entries.Count > Capacity)
            {
                _entries.RemoveFirst();
            }
        }
    }

    /// <summary>Forgets every request.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}
