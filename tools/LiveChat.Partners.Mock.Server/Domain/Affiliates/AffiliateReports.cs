namespace LiveChat.Partners.Mock.Domain.Affiliates;

/// <summary>The read-only affiliate reports of one program: licenses, performance, history (and leads for the Partner Program).</summary>
public sealed class AffiliateReports
{
    /// <summary>Licenses of referred clients.</summary>
    public List<AffiliateLicense> Licenses { get; } = [];

    /// <summary>Performance rows by day.</summary>
    public List<PerformanceRow> Performance { get; } = [];

    /// <summary>Monthly history, newest first (up to 12 months).</summary>
    public List<HistoryMonth> History { get; } = [];

    /// <summary>Leads (Partner Program).</summary>
    public List<Lead> Leads { get; } = [];

    /// <summary>Licenses created in <paramref name="range"/>, newest first.</summary>
    public IReadOnlyList<AffiliateLicense> LicensesIn(DateRange range) =>
        Licenses.Where(l => range.Contains(l.CreatedAt)).OrderByDescending(l => l.CreatedAt).ToList();

    /// <summary>The performance report for <paramref name="range"/>: rows of the same campaign/medium/content/term added up.</summary>
    public IReadOnlyList<PerformanceRow> PerformanceIn(DateRange range) =>
        Performance.Where(r => range.Contains(r.Day))
            .GroupBy(r => (r.Campaign, r.Medium, r.Content, r.Term))
            .Select(g => new PerformanceRow(g.Max(r => r.Day), g.Key.Campaign, g.Key.Medium, g.Key.Content, g.Key.Term,
                g.Sum(r => r.Clicks), g.Sum(r => r.Leads), g.Sum(r => r.Trials), g.Sum(r => r.Paid), g.Sum(r => r.Commission),
                g.Sum(r => r.ChatInstallations), g.Sum(r => r.Aha)))
            .ToList();

    /// <summary>The last 12 months of history, newest first.</summary>
    public IReadOnlyList<HistoryMonth> LastTwelveMonths() =>
        History.OrderByDescending(h => h.Month, StringComparer.Ordinal).Take(12).ToList();
}
