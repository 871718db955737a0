using System.Globalization;
using LiveChat.Partners.Mock.Sandboxes;
using LiveChat.Partners.Mock.Spec;

namespace LiveChat.Partners.Mock.Admin;

/// <summary>
/// Which operations of the Partner API document, and which of their documented statuses, a partner's requests
/// produced (<c>CoverageReport</c> of <c>mock-admin.yaml</c>): per operation, in the document's order, the
/// documented statuses with how often each was seen and who answered, the ones never seen, and statuses seen that
/// the operation does not document.
/// </summary>
/// <param name="Scope"><c>sandbox</c> or <c>server</c>.</param>
/// <param name="PartnerId">The sandbox, or null for the server.</param>
/// <param name="Requests">Requests counted.</param>
/// <param name="OperationsTotal">Operations in the document.</param>
/// <param name="OperationsCalled">Operations called at least once.</param>
/// <param name="StatusesDocumented">Documented (operation, status) pairs.</param>
/// <param name="StatusesSeen">Documented pairs seen at least once.</param>
/// <param name="Operations">Each operation's coverage.</param>
public sealed record CoverageReport(
    string Scope,
    string? PartnerId,
    long Requests,
    int OperationsTotal,
    int OperationsCalled,
    int StatusesDocumented,
    int StatusesSeen,
    IReadOnlyList<OperationCoverage> Operations)
{
    /// <summary>Builds the report of <paramref name="tally"/> against <paramref name="document"/>.</summary>
    public static CoverageReport Build(PartnerApiDocument document, CoverageTally tally, string? partnerId)
    {
        var counts = tally.Snapshot().ToLookup(c => c.OperationId, StringComparer.Ordinal);
        var operations = document.Operations.Select(operation => OperationCoverage.Build(operation, counts[operation.OperationId])).ToList();
        return new CoverageReport(
            partnerId is null ? "server" : "sandbox",
            partnerId,
            operations.Sum(o => o.Requests),
            operations.Count,
            operations.Count(o => o.Requests > 0),
            operations.Sum(o => o.Statuses.Count),
            operations.Sum(o => o.Statuses.Count(s => s.Count > 0)),
            operations);
    }
}

/// <summary>One operation's coverage (<c>OperationCoverage</c> of <c>mock-admin.yaml</c>).</summary>
/// <param name="OperationId">The operationId.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The route (<c>/v2/partners/solutions/licenses</c>).</param>
/// <param name="Deprecated">Whether the document deprecates the operation.</param>
/// <param name="Requests">Requests counted.</param>
/// <param name="Statuses">The documented statuses, in the document's order, with their counts.</param>
/// <param name="NeverSeen">Documented statuses no request got.</param>
/// <param name="Undocumented">Statuses seen that the operation does not document (an injected 503, a 500).</param>
public sealed record OperationCoverage(
    string OperationId,
    string Method,
    string Path,
    bool Deprecated,
    long Requests,
    IReadOnlyList<StatusCoverage> Statuses,
    IReadOnlyList<int> NeverSeen,
    IReadOnlyList<StatusCoverage> Undocumented)
{
    /// <summary>The coverage of <paramref name="operation"/> from its <paramref name="counts"/>.</summary>
    public static OperationCoverage Build(SpecOperation operation, IEnumerable<(string OperationId, int Status, string Origin, long Count)> counts)
    {
        var byStatus = counts.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.ToDictionary(c => c.Origin, c => c.Count, StringComparer.Ordinal));
        var documented = operation.Operation.Responses
            .Where(r => int.TryParse(r.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(r => (Status: int.Parse(r.Key, CultureInfo.InvariantCulture), r.Value.ActualResponse.Description ?? string.Empty))
            .ToList();
        var statuses = documented.Select(d => StatusCoverage.Of(d.Status, true, d.Item2, byStatus.GetValueOrDefault(d.Status))).ToList();
        var undocumented = byStatus.Keys.Where(s => documented.All(d => d.Status != s)).Order()
            .Select(s => StatusCoverage.Of(s, false, string.Empty, byStatus[s])).ToList();
        return new OperationCoverage(
            operation.OperationId,
            operation.Method,
            operation.Route,
            operation.Operation.IsDeprecated,
            statuses.Sum(s => s.Count) + undocumented.Sum(s => s.Count),
            statuses,
            statuses.Where(s => s.Count == 0).Select(s => s.Status).ToList(),
            undocumented);
    }
}

/// <summary>How often one status was seen (<c>StatusCoverage</c> of <c>mock-admin.yaml</c>).</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Documented">Whether the operation documents it.</param>
/// <param name="Description">The document's description of the response (empty when undocumented).</param>
/// <param name="Count">Requests that got it.</param>
/// <param name="Origins">Those requests by who answered (<c>operation</c>, <c>validation</c>, <c>fault</c>...).</param>
public sealed record StatusCoverage(int Status, bool Documented, string Description, long Count, IReadOnlyDictionary<string, long> Origins)
{
    /// <summary>A status and its counts by origin (none when <paramref name="origins"/> is null).</summary>
    public static StatusCoverage Of(int status, bool documented, string description, Dictionary<string, long>? origins) =>
        new(status, documented, description, origins?.Values.Sum() ?? 0, origins ?? new Dictionary<string, long>(StringComparer.Ordinal));
}
