namespace LiveChat.Partners.Mock.Domain.Affiliates;

/// <summary>A license of a client referred by a LiveChat affiliate link (client email masked), or a Partner Program lead's license (no email, campaign or UTM).</summary>
public sealed record AffiliateLicense(
    string ClientEmail,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EndsAt,
    bool CcAdded,
    bool Paid,
    int Seats,
    Plan Plan,
    BillingCycle BillingCycle,
    bool ChatInstalled,
    int Conversations,
    decimal TotalCommission,
    int CommissionPercent,
    string UtmMedium,
    string UtmContent,
    string UtmTerm,
    string CampaignName,
    bool Blocked);
