using LiveChat.Partners.Mock.Domain.Account;
using LiveChat.Partners.Mock.Domain.Affiliates;
using LiveChat.Partners.Mock.Domain.Experts;
using LiveChat.Partners.Mock.Domain.SolutionPartner;
using LiveChat.Partners.Mock.Domain.Withdrawals;

namespace LiveChat.Partners.Mock.Sandboxes;

/// <summary>Everything one partner account holds. Only touched under its sandbox's lock.</summary>
public sealed class PartnerState(PartnerAccount account, ITokenIndex tokenIndex, IEnumerable<Coupon> coupons)
{
    /// <summary>Profile and password.</summary>
    public PartnerAccount Account { get; } = account;

    /// <summary>API tokens.</summary>
    public ApiTokenBook Tokens { get; } = new(account.PartnerId, tokenIndex);

    /// <summary>Affiliate billing information, null until it is first set.</summary>
    public BillingInfo? Billing { get; set; }

    /// <summary>Coupons assigned to the Partner.</summary>
    public CouponBook Coupons { get; } = new(coupons);

    /// <summary>Balance and commissions.</summary>
    public Earnings Earnings { get; } = new();

    /// <summary>Campaigns in both programs.</summary>
    public CampaignBook Campaigns { get; } = new(account.PartnerId);

    /// <summary>LiveChat affiliate reports.</summary>
    public AffiliateReports LiveChat { get; } = new();

    /// <summary>Partner Program affiliate reports and leads.</summary>
    public AffiliateReports PartnerProgram { get; } = new();

    /// <summary>Active licenses of the LiveChat affiliate program.</summary>
    public ActiveLicenseCounts LiveChatActive { get; set; } = new(231, 45, 92);

    /// <summary>Active licenses of the Partner Program affiliate program.</summary>
    public ActiveLicenseCounts PartnerProgramActive { get; set; } = new(120, 84, 103, 15);

    /// <summary>Active licenses of the Solution Partner.</summary>
    public ActiveLicenseCounts ResellerActive { get; set; } = new(177, 45, 59);

    /// <summary>Solution Partner licenses.</summary>
    public LicenseBook Licenses { get; } = new();

    /// <summary>Solution Partner monthly history.</summary>
    public List<HistoryMonth> SolutionPartnerHistory { get; } = [];

    /// <summary>The Partner as an Expert.</summary>
    public Expert Expert { get; } = new(account.PartnerId);

    /// <summary>Withdrawals.</summary>
    public WithdrawalBook Withdrawals { get; } = new(account.PartnerId);

    /// <summary>Brings what follows time up to <paramref name="now"/>: license periods and pending withdrawals.</summary>
    public void CatchUp(DateTimeOffset now)
    {
        Licenses.CatchUp(now);
        Withdrawals.CatchUp(now, Earnings);
    }

    /// <summary>Caps each kind of object clients can create (<see cref="Hosting.MockServerLimits.MaxObjectsPerKind"/>).</summary>
    public PartnerState WithCap(int maxObjectsPerKind)
    {
        var cap = new Domain.ObjectCap(maxObjectsPerKind);
        Tokens.Cap = cap;
        Campaigns.Cap = cap;
        Licenses.Cap = cap;
        Withdrawals.Cap = cap;
        return this;
    }
}
