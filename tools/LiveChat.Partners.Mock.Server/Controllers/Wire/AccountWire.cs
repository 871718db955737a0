using LiveChat.Partners.Mock.Contracts;
using LiveChat.Partners.Mock.Domain;
using LiveChat.Partners.Mock.Sandboxes;

namespace LiveChat.Partners.Mock.Controllers.Wire;

/// <summary>Account state as the API's wire types.</summary>
public static class AccountWire
{
    /// <summary>The profile.</summary>
    public static Profile ToProfile(this PartnerState state)
    {
        var a = state.Account;
        return new Profile
        {
            Partner_id = a.PartnerId,
            Login = a.Login,
            First_name = a.FirstName,
            Last_name = a.LastName,
            Contact_name = a.ContactName,
            Contact_email = a.ContactEmail,
            Send_monthly_summary = a.SendMonthlySummary,
            Send_newsletter = a.SendNewsletter,
            Send_notifications = a.SendNotifications,
            Send_reseller_weekly_summary = a.SendResellerWeeklySummary,
            Affiliate = new ProfileAffiliate
            {
                Livechat = new AffiliateProgram
                {
                    Url = new Uri($"https://www.livechatinc.com/?a={a.PartnerId}&utm_source=PP"),
                    Short_url = new Uri($"https://lc.chat/{a.PartnerId}lc"),
                    Current_commission = new CurrentRate { Percent = a.LiveChatCommissionPercent, End_timestamp = string.Empty },
                },
                Livechat_partner_program = new AffiliateProgram
                {
                    Url = new Uri($"https://partners.livechatinc.com/?a={a.PartnerId}&utm_source=PP"),
                    Short_url = new Uri($"https://lc.chat/{a.PartnerId}pp"),
                    Current_commission = new CurrentRate { Percent = a.PartnerProgramCommissionPercent, End_timestamp = string.Empty },
                },
            },
            Reseller = new ProfileReseller { Current_discount = new CurrentRate { Percent = a.ResellerDiscountPercent, End_timestamp = string.Empty } },
            Expert = state.Expert.IsExpert
                ? new ProfileExpert { Status = state.Expert.Status.Wire(), Marketplace_position = state.Expert.MarketplacePosition }
                : null,
            Properties = new ProfileProperties
            {
                Sales_kit_popup_closed = a.SalesKitPopupClosed,
                Pitch_deck_downloaded = a.PitchDeckDownloaded,
                Tier2_popup_closed = a.Tier2PopupClosed,
            },
        };
    }

    /// <summary>The active license counts: the seeded totals, plus the Solution Partner licenses created in the sandbox.</summary>
    public static ActiveLicenses ToActiveLicenses(this PartnerState state) => new()
    {
        Affiliate = new AffiliateActiveLicenses
        {
            Livechat = new LicenseCounts { Trials = state.LiveChatActive.Trials, Trials_cc = state.LiveChatActive.TrialsCc, Paid = state.LiveChatActive.Paid },
            Livechat_partner_program = new PartnerProgramLicenseCounts
            {
                Leads = state.PartnerProgramActive.Leads,
                Trials = state.PartnerProgramActive.Trials,
                Trials_cc = state.PartnerProgramActive.TrialsCc,
                Paid = state.PartnerProgramActive.Paid,
            },
        },
        Reseller = ResellerCounts(state.ResellerActive.Plus(state.Licenses.CreatedActiveCounts())),
    };

    private static LicenseCounts ResellerCounts(Domain.Account.ActiveLicenseCounts counts) =>
        new() { Trials = counts.Trials, Trials_cc = counts.TrialsCc, Paid = counts.Paid };

    /// <summary>The earnings.</summary>
    public static Contracts.Earnings ToEarnings(this PartnerState state)
    {
        var e = state.Earnings;
        var affiliateTotal = e.LiveChatCommissionTotal + e.PartnerProgramCommissionTotal;
        var affiliateLast30 = e.LiveChatCommissionLast30Days + e.PartnerProgramCommissionLast30Days;
        return new Contracts.Earnings
        {
            Balance = e.Balance,
            Blocked = e.Blocked,
            Commission_total = affiliateTotal + e.ResellerCommissionTotal,
            Commission_last_30_days = affiliateLast30 + e.ResellerCommissionLast30Days,
            Withdrawals = e.Withdrawals,
            Pending = e.Pending,
            Affiliate = new AffiliateEarnings
            {
                Commission_total = affiliateTotal,
                Commission_last_30_days = affiliateLast30,
                Livechat = new CommissionEarnings { Commission_total = e.LiveChatCommissionTotal, Commission_last_30_days = e.LiveChatCommissionLast30Days },
                Livechat_partner_program = new CommissionEarnings { Commission_total = e.PartnerProgramCommissionTotal, Commission_last_30_days = e.PartnerProgramCommissionLast30Days },
            },
            Reseller = new ResellerEarnings
            {
                Commission_total = e.ResellerCommissionTotal,
                Commission_last_30_days = e.ResellerCommissionLast30Days,
                Livechat = new ResellerLiveChatEarnings { Discount = e.ResellerDiscount, Commission_total = e.ResellerCommissionTotal, Commission_last_30_days = e.ResellerCommissionLast30Days },
            },
        };
    }

    /// <summary>A token.</summary>
    public static Contracts.ApiToken ToContract(this Domain.Account.ApiToken token) => new()
    {
        Id = token.Id,
        Token = token.Token,
        Creation_timestamp = WireTime.Format(token.CreatedAt),
        Label = token.Label,
    };

    /// <summary>The billing information (no properties until it is first set).</summary>
    public static Billing ToBilling(this Domain.Account.BillingInfo? billing) => billing is null
        ? new Billing()
        : new Billing
        {
            Type = billing.Type.Wire(),
            Company = billing.Company,
            Address = billing.Address,
            City = billing.City,
            Country = billing.Country,
            Paypal = billing.Paypal,
            Zip_code = billing.ZipCode ?? string.Empty,
            Vat = billing.Vat ?? string.Empty,
        };

    /// <summary>The billing information of a request.</summary>
    public static Domain.Account.BillingInfo ToDomain(this UpdateBillingRequest r) =>
        new(r.Type.ToDomain(), r.Company, r.Address, r.City, r.Country, r.Paypal, r.Zip_code, r.Vat);

    /// <summary>A coupon.</summary>
    public static Contracts.Coupon ToContract(this Domain.Account.Coupon c) => new() { Id = c.Id, Label = c.Label };
}
