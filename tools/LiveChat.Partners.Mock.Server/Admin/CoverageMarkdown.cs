using System.Globalization;
using System.Text;

namespace LiveChat.Partners.Mock.Admin;

/// <summary>
/// The coverage report as Markdown, for a CI job summary or a pull request: the totals, what the integration never
/// saw (documented statuses no request got on any operation, then per operation called), the operations never called, and a table of
/// every operation called.
/// </summary>
public static class CoverageMarkdown
{
    /// <summary>Renders <paramref name="report"/>.</summary>
    public static string Render(CoverageReport report)
    {
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.Append(inv, $"# API coverage: {(report.PartnerId is null ? "all sandboxes" : $"sandbox `{report.PartnerId}`")}\n\n");
        md.Append(inv, $"{report.Requests} requests; {report.OperationsCalled} of {report.OperationsTotal} operations called; ");
        md.Append(inv, $"{report.StatusesSeen} of {report.StatusesDocumented} documented statuses seen.\n\n");

        var called = report.Operations.Where(o => o.Requests > 0).ToList();
        md.Append("## What your integration never saw\n\n");
        var seenAnywhere = report.Operations.SelectMany(o => o.Statuses.Concat(o.Undocumented)).Where(s => s.Count > 0).Select(s => s.Status).ToHashSet();
        var everywhere = report.Operations.SelectMany(o => o.Statuses).Select(s => s.Status).Distinct()
            .Where(s => !seenAnywhere.Contains(s)).Order().ToList();
        foreach (var status in everywhere)
        {
            md.Append(inv, $"- never handled a **{status}** on any operation\n");
        }

        foreach (var operation in called.Where(o => o.NeverSeen.Count > 0))
        {
            md.Append(inv, $"- never saw {string.Join(", ", operation.NeverSeen.Select(s => $"a {s}"))} on `{operation.OperationId}`\n");
        }

        if (everywhere.Count == 0 && called.All(o => o.NeverSeen.Count == 0))
        {
            md.Append("- nothing: every called operation got every status it documents\n");
        }

        var never = report.Operations.Where(o => o.Requests == 0 && !o.Deprecated).Select(o => $"`{o.OperationId}`").ToList();
        md.Append(inv, $"\n## Operations never called ({never.Count})\n\n");
        md.Append(never.Count == 0 ? "None.\n" : string.Join(", ", never) + "\n");

        md.Append("\n## Operations called\n\n| operation | request | seen | never seen |\n|---|---|---|---|\n");
        foreach (var operation in called)
        {
            var seen = operation.Statuses.Where(s => s.Count > 0).Concat(operation.Undocumented)
                .Select(s => string.Create(inv, $"{s.Status} ×{s.Count}{(s.Documented ? string.Empty : " (undocumented)")}"));
            md.Append(inv, $"| `{operation.OperationId}` | `{operation.Method} {operation.Path}` | {string.Join(", ", seen)} | {string.Join(", ", operation.NeverSeen)} |\n");
        }

        return md.ToString();
    }
}
