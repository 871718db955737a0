using System.Collections.Concurrent;

namespace LiveChat.Partners.Mock.Sandboxes;

/// <summary>
/// How many requests got each status, per operation and per who answered (<see cref="JournalEntry.Origin"/>): what
/// the coverage report reads. Fed by the journal's step with every entry it records, it keeps counting past the
/// journal's capacity and when the journal is cleared; a reset clears it.
/// </summary>
public sealed class CoverageTally
{
    private readonly ConcurrentDictionary<(string OperationId, int Status, string Origin), long> _counts = new();

    /// <summary>Counts one answered request; requests that matched no operation, and dropped ones (status 0), are not counted.</summary>
    public void Record(string? operationId, int status, string origin)
    {
        if (operationId is not null && status > 0)
        {
            _counts.AddOrUpdate((operationId, status, origin), 1, (_, count) => count + 1);
        }
    }

    /// <summary>The counts so far.</summary>
    public IReadOnlyList<(string OperationId, int Status, string Origin, long Count)> Snapshot() =>
        _counts.Select(c => (c.Key.OperationId, c.Key.Status, c.Key.Origin, c.Value)).ToList();

    /// <summary>Forgets every count.</summary>
    public void Clear() => _counts.Clear();
}
