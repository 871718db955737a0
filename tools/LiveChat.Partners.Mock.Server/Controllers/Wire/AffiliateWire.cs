using LiveChat.Partners.Mock.Contracts;
using LiveChat.Partners.Mock.Domain;
using LiveChat.Partners.Mock.Domain.Affiliates;

namespace LiveChat.Partners.Mock.Controllers.Wire;

/// <summary>Affiliate campaigns and reports as the API's wire types.</summary>
public static class AffiliateWire
{
    /// <summary>An active LiveChat campaign.</summary>
    public static LiveChatCampaign ToLiveChat(this Campaign c) => new()
    {
        Name = c.Name,
        Slug = c.Slug,
        Trial_duration = c.TrialDuration,
        Discount = c.Discount,
        Url = new Uri(c.Url),
        Short_url = new Uri(c.ShortUrl),
        Creation_timestamp = WireTime.Format(c.CreatedAt),
    };

    /// <summary>A disabled LiveChat campaign.</summary>
    public static DisabledLiveChatCampaign ToDisabledLiveChat(this Campaign c) => new()
    {
        Name = c.Name,
        Slug = c.Slug,
        Trial_duration = c.TrialDuration,
        Discount = c.Discount,
        Creation_timestamp = WireTime.Format(c.CreatedAt),
        Disabled_timestamp = WireTime.Format(c.DisabledAt!.Value),
    };

    /// <summary>An active Partner Program campaign.</summary>
    public static PartnerProgramCampaign ToPartnerProgram(this Campaign c) => new()
    {
        Name = c.Name,
        Slug = c.Slug,
        Url = new Uri(c.Url),
        Short_url = new Uri(c.ShortUrl),
        Creation_timestamp = WireTime.Format(c.CreatedAt),
    };

    /// <summary>A disabled Partner Program campaign.</summary>
    public static DisabledPartnerProgramCampaign ToDisabledPartnerProgram(this Campaign c) => new()
    {
        Name = c.Name,
        Slug = c.Slug,
        Creation_timestamp = WireTime.Format(c.CreatedAt),
        Disabled_timestamp = WireTime.Format(c.DisabledAt!.Value),
    };

    /// <summary>A LiveChat affiliate license.</summary>
    public static Contracts.AffiliateLicense ToContract(this Domain.Affiliates.AffiliateLicense l) => new()
    {
        Client_email = l.ClientEmail,
        Creation_timestamp = WireTime.Format(l.CreatedAt),
        End_timestamp = WireTime.FormatOptional(l.EndsAt),
        Cc_added = l.CcAdded,
        Paid = l.Paid,
        Seats = l.Seats,
        Plan = l.Plan.Wire(),
        Billing_cycle = l.BillingCycle.Wire(),
        Chat_installed = l.ChatInstalled,
        Conversations = l.Conversations,
        Total_commission = l.TotalCommission,
        Commission_percent = l.CommissionPercent,
        Utm_medium = l.UtmMedium,
        Utm_content = l.UtmContent,
        Utm_term = l.UtmTerm,
        Campaign_name = l.CampaignName,
        Blocked = l.Blocked,
    };

    /// <summary>A Partner Program lead's license.</summary>
    public static LeadLicense ToLeadLicense(this Domain.Affiliates.AffiliateLicense l) => new()
    {
        Creation_timestamp = WireTime.Format(l.CreatedAt),
        End_timestamp = WireTime.FormatOptional(l.EndsAt),
        Cc_added = l.CcAdded,
        Paid = l.Paid,
        Seats = l.Seats,
        Plan = l.Plan.Wire(),
        Billing_cycle = l.BillingCycle.Wire(),
        Chat_installed = l.ChatInstalled,
        Conversations = l.Conversations,
        Total_commission = l.TotalCommission,
        Commission_percent = l.CommissionPercent,
        Blocked = l.Blocked,
    };

    /// <summary>A LiveChat performance row (percentages computed from the counts).</summary>
    public static LiveChatPerformanceRow ToLiveChat(this PerformanceRow r) => new()
    {
        Campaign = r.Campaign,
        Medium = r.Medium,
        Content = r.Content,
        Term = r.Term,
        Clicks = r.Clicks,
        Trials = r.Trials,
        Trial_percent = r.Clicks == 0 ? 0 : Math.Round(100.0 * r.Trials / r.Clicks, 2),
        Paid = r.Paid,
        Paid_percent = r.Trials == 0 ? 0 : Math.Round(100.0 * r.Paid / r.Trials, 2),
        Commission = r.Commission,
        Chat_installations = r.ChatInstallations,
        Aha = r.Aha,
    };

    /// <summary>A Partner Program performance row.</summary>
    public static PartnerProgramPerformanceRow ToPartnerProgram(this PerformanceRow r) => new()
    {
        Campaign = r.Campaign,
        Medium = r.Medium,
        Content = r.Content,
        Term = r.Term,
        Clicks = r.Clicks,
        Leads = r.Leads,
        Trials = r.Trials,
        Paid = r.Paid,
        Commission = r.Commission,
    };

    /// <summary>An affiliate (or Solution Partner) history month.</summary>
    public static AffiliateHistoryMonth ToContract(this HistoryMonth h) => new() { Date = h.Month, Trials = h.Trials, Paid = h.Paid, Commission = h.Commission };

    /// <summary>A leads history month.</summary>
    public static LeadsHistoryMonth ToLeadsMonth(this HistoryMonth h) => new() { Date = h.Month, Trials = h.Trials, Paid = h.Paid, Commission = h.Commission, Leads = h.Leads };

    /// <summary>A lead.</summary>
    public static Contracts.Lead ToContract(this Domain.Affiliates.Lead l) => new()
    {
        Partner_id = l.PartnerId,
        Creation_timestamp = WireTime.Format(l.CreatedAt),
        Medium = l.Medium,
        Content = l.Content,
        Term = l.Term,
        Campaign = l.Campaign,
        Active_trials = l.ActiveTrials,
        Active_trials_cc_added = l.ActiveTrialsCcAdded,
        Total_trials = l.TotalTrials,
        Active_paid = l.ActivePaid,
        Total_paid = l.TotalPaid,
        Commission = l.Commission,
    };
}
