namespace LiveChat.Partners.Mock.Domain.Affiliates;

/// <summary>One month of an activity history (affiliate, leads or Solution Partner).</summary>
/// <param name="Month">The month, <c>YYYY-MM</c>.</param>
/// <param name="Trials">Trials started.</param>
/// <param name="Paid">Paid licenses.</param>
/// <param name="Commission">Commission earned.</param>
/// <param name="Leads">Leads gained (Partner Program only).</param>
public sealed record HistoryMonth(string Month, int Trials, int Paid, decimal Commission, int Leads = 0);
