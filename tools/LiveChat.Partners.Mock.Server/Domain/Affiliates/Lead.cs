namespace LiveChat.Partners.Mock.Domain.Affiliates;

/// <summary>A partner who joined the Partner Program through the Partner's campaigns.</summary>
public sealed record Lead(
    string PartnerId,
    DateTimeOffset CreatedAt,
    string Medium,
    string Content,
    string Term,
    string Campaign,
    int ActiveTrials,
    int ActiveTrialsCcAdded,
    int TotalTrials,
    int ActivePaid,
    int TotalPaid,
    decimal Commission);
