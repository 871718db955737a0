namespace LiveChat.Partners.Mock.Domain.Affiliates;

/// <summary>
/// One row of a performance report (per campaign / medium / content / term), for licenses created on
/// <see cref="Day"/>; the report for a date range adds up the rows of the days in it.
/// </summary>
public sealed record PerformanceRow(
    DateTimeOffset Day,
    string Campaign,
    string Medium,
    string Content,
    string Term,
    int Clicks,
    int Leads,
    int Trials,
    int Paid,
    decimal Commission,
    int ChatInstallations,
    int Aha);
