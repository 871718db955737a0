using Newtonsoft.Json;

namespace LiveChat.Partners.Mock.Sandboxes.State;

/// <summary>
/// A sandbox's whole mutable state as a JSON document (<c>SandboxState</c> of <c>mock-admin.yaml</c>): exported by
/// <c>GET /_mock/sandboxes/{partner_id}/state</c>, imported by <c>PUT</c> and <c>--fixtures</c>. Times are
/// <c>YYYY-MM-DD HH:MM:SS</c> UTC, enums the Partner API's wire names. The affiliate reports (affiliate licenses,
/// performance, history, leads), the Solution Partner history and the Expert's comments and history are not part
/// of it: they stay the seed's.
/// </summary>
public sealed class SandboxState
{
    /// <summary>The format's version, 1.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The sandbox's clock.</summary>
    public string Clock { get; init; } = string.Empty;

    /// <summary>The account.</summary>
    public StateAccount Account { get; init; } = new();

    /// <summary>The API tokens; the first authenticates as the sandbox's credentials' token.</summary>
    public List<StateToken> Tokens { get; init; } = [];

    /// <summary>Affiliate billing information, or null.</summary>
    public StateBilling? Billing { get; init; }

    /// <summary>Coupons.</summary>
    public List<StateCoupon> Coupons { get; init; } = [];

    /// <summary>Earnings.</summary>
    public StateEarnings Earnings { get; init; } = new();

    /// <summary>Campaigns of both programs.</summary>
    public List<StateCampaign> Campaigns { get; init; } = [];

    /// <summary>The active-license counts the licenses add to.</summary>
    public StateActiveLicenses ActiveLicenses { get; init; } = new();

    /// <summary>Solution Partner licenses.</summary>
    public List<StateLicense> Licenses { get; init; } = [];

    /// <summary>Withdrawals.</summary>
    public List<StateWithdrawal> Withdrawals { get; init; } = [];

    /// <summary>The Expert status: <c>none</c>, <c>pending</c>, <c>verified</c> or <c>rejected</c>.</summary>
    public string ExpertStatus { get; init; } = "none";
}

/// <summary>The account part (<c>StateAccount</c>).</summary>
public sealed class StateAccount
{
    /// <summary>Login email.</summary>
    public string Login { get; init; } = string.Empty;

    /// <summary>Password.</summary>
    public string Password { get; init; } = string.Empty;

    /// <summary>First name.</summary>
    public string FirstName { get; init; } = string.Empty;

    /// <summary>Last name.</summary>
    public string LastName { get; init; } = string.Empty;

    /// <summary>Contact name.</summary>
    public string ContactName { get; init; } = string.Empty;

    /// <summary>Contact email.</summary>
    public string ContactEmail { get; init; } = string.Empty;

    /// <summary>Monthly summary emails.</summary>
    public bool SendMonthlySummary { get; init; }

    /// <summary>Newsletter.</summary>
    public bool SendNewsletter { get; init; }

    /// <summary>Notifications.</summary>
    public bool SendNotifications { get; init; }

    /// <summary>Weekly reseller summary.</summary>
    public bool SendResellerWeeklySummary { get; init; }

    /// <summary>LiveChat affiliate commission, percent.</summary>
    public int LivechatCommissionPercent { get; init; }

    /// <summary>Partner Program affiliate commission, percent.</summary>
    public int PartnerProgramCommissionPercent { get; init; }

    /// <summary>Solution Partner discount, percent.</summary>
    public int ResellerDiscountPercent { get; init; }
}

/// <summary>An API token (<c>StateToken</c>).</summary>
public sealed class StateToken
{
    /// <summary>Token id.</summary>
    public long TokenId { get; init; }

    /// <summary>Label.</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>The secret.</summary>
    public string Token { get; init; } = string.Empty;

    /// <summary>Creation time.</summary>
    public string CreationTimestamp { get; init; } = string.Empty;
}

/// <summary>Billing information (<c>StateBilling</c>).</summary>
public sealed class StateBilling
{
    /// <summary><c>business</c> or <c>individual</c>.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>Company or name.</summary>
    public string Company { get; init; } = string.Empty;

    /// <summary>Address.</summary>
    public string Address { get; init; } = string.Empty;

    /// <summary>City.</summary>
    public string City { get; init; } = string.Empty;

    /// <summary>Country code.</summary>
    public string Country { get; init; } = string.Empty;

    /// <summary>PayPal email.</summary>
    public string Paypal { get; init; } = string.Empty;

    /// <summary>Zip code, or null.</summary>
    public string? ZipCode { get; init; }

    /// <summary>VAT number, or null.</summary>
    public string? Vat { get; init; }
}

/// <summary>A coupon (<c>StateCoupon</c>).</summary>
public sealed class StateCoupon
{
    /// <summary>Coupon id.</summary>
    public long CouponId { get; init; }

    /// <summary>Label.</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>Discount, percent.</summary>
    public int DiscountPercent { get; init; }
}

/// <summary>Earnings (<c>StateEarnings</c>), US dollars.</summary>
public sealed class StateEarnings
{
    /// <summary>Withdrawable.</summary>
    public decimal Balance { get; init; }

    /// <summary>Blocked.</summary>
    public decimal Blocked { get; init; }

    /// <summary>In pending withdrawals.</summary>
    public decimal Pending { get; init; }

    /// <summary>Withdrawn.</summary>
    public decimal Withdrawals { get; init; }

    /// <summary>LiveChat commission, total.</summary>
    public decimal LivechatCommissionTotal { get; init; }

    /// <summary>LiveChat commission, last 30 days.</summary>
    [JsonProperty("livechat_commission_last_30_days")]
    public decimal LivechatCommissionLast30Days { get; init; }

    /// <summary>Partner Program commission, total.</summary>
    public decimal PartnerProgramCommissionTotal { get; init; }

    /// <summary>Partner Program commission, last 30 days.</summary>
    [JsonProperty("partner_program_commission_last_30_days")]
    public decimal PartnerProgramCommissionLast30Days { get; init; }

    /// <summary>Solution Partner discount, total.</summary>
    public decimal ResellerDiscount { get; init; }

    /// <summary>Solution Partner commission, total.</summary>
    public decimal ResellerCommissionTotal { get; init; }

    /// <summary>Solution Partner commission, last 30 days.</summary>
    [JsonProperty("reseller_commission_last_30_days")]
    public decimal ResellerCommissionLast30Days { get; init; }
}

/// <summary>A campaign (<c>StateCampaign</c>).</summary>
public sealed class StateCampaign
{
    /// <summary><c>livechat</c> or <c>partner_program</c>.</summary>
    public string Program { get; init; } = string.Empty;

    /// <summary>Name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Slug.</summary>
    public string Slug { get; init; } = string.Empty;

    /// <summary>Trial days (LiveChat).</summary>
    public int TrialDuration { get; init; }

    /// <summary>Discount label.</summary>
    public string Discount { get; init; } = string.Empty;

    /// <summary>Link.</summary>
    public string Url { get; init; } = string.Empty;

    /// <summary>Short link.</summary>
    public string ShortUrl { get; init; } = string.Empty;

    /// <summary>Creation time.</summary>
    public string CreationTimestamp { get; init; } = string.Empty;

    /// <summary>Disabling time, or null while active.</summary>
    public string? DisabledTimestamp { get; init; }
}

/// <summary>The base active-license counts (<c>StateActiveLicenses</c>).</summary>
public sealed class StateActiveLicenses
{
    /// <summary>LiveChat affiliate.</summary>
    public StateLicenseCounts Livechat { get; init; } = new();

    /// <summary>Partner Program affiliate.</summary>
    public StateLicenseCounts PartnerProgram { get; init; } = new();

    /// <summary>Solution Partner, before the licenses that follow the clock are added.</summary>
    public StateLicenseCounts Reseller { get; init; } = new();
}

/// <summary>Counts of one program (<c>StateLicenseCounts</c>).</summary>
public sealed class StateLicenseCounts
{
    /// <summary>Active trials.</summary>
    public int Trials { get; init; }

    /// <summary>Active trials with a card.</summary>
    public int TrialsCc { get; init; }

    /// <summary>Paid.</summary>
    public int Paid { get; init; }

    /// <summary>Leads (Partner Program).</summary>
    public int Leads { get; init; }
}

/// <summary>A Solution Partner license (<c>StateLicense</c>).</summary>
public sealed class StateLicense
{
    /// <summary>License id.</summary>
    public string License { get; init; } = string.Empty;

    /// <summary>Whether it follows the clock and adds to the active counts (false: a fixed picture, as the seed's).</summary>
    public bool Live { get; init; } = true;

    /// <summary>Client name.</summary>
    public string ClientName { get; init; } = string.Empty;

    /// <summary>Client email.</summary>
    public string ClientEmail { get; init; } = string.Empty;

    /// <summary>Purchase order.</summary>
    public string PurchaseOrder { get; init; } = string.Empty;

    /// <summary>Creation time.</summary>
    public string CreationTimestamp { get; init; } = string.Empty;

    /// <summary>End of the period, or null.</summary>
    public string? EndTimestamp { get; init; }

    /// <summary>Card added.</summary>
    public bool CcAdded { get; init; }

    /// <summary>Paid.</summary>
    public bool Paid { get; init; }

    /// <summary>Seats.</summary>
    public int Seats { get; init; }

    /// <summary>Plan.</summary>
    public string Plan { get; init; } = string.Empty;

    /// <summary>Billing cycle.</summary>
    public string BillingCycle { get; init; } = string.Empty;

    /// <summary>Total discount.</summary>
    public decimal TotalDiscount { get; init; }

    /// <summary>Discount, percent.</summary>
    public int DiscountPercent { get; init; }

    /// <summary>Expired.</summary>
    public bool Expired { get; init; }

    /// <summary>Blocked.</summary>
    public bool Blocked { get; init; }

    /// <summary>Who pays.</summary>
    public string PaymentOrigin { get; init; } = string.Empty;

    /// <summary>Conversations.</summary>
    public int Conversations { get; init; }

    /// <summary>Conversations, last 30 days.</summary>
    [JsonProperty("conversations_last_30_days")]
    public int ConversationsLast30Days { get; init; }

    /// <summary>Commission earned.</summary>
    public decimal TotalCommission { get; init; }

    /// <summary>Commission, percent.</summary>
    public int CommissionPercent { get; init; }

    /// <summary>Data center.</summary>
    public string DataCenter { get; init; } = string.Empty;

    /// <summary>Has a Partner subscription.</summary>
    public bool Subscriber { get; init; }

    /// <summary>In trial.</summary>
    public bool InTrial { get; init; }

    /// <summary>Renews.</summary>
    public bool Recurrent { get; init; }

    /// <summary>Invoices, newest first.</summary>
    public List<StateInvoice> Invoices { get; init; } = [];

    /// <summary>Operators.</summary>
    public List<StateOperator> Operators { get; init; } = [];
}

/// <summary>An invoice (<c>StateInvoice</c>).</summary>
public sealed class StateInvoice
{
    /// <summary>Invoice number.</summary>
    public long InvoiceNo { get; init; }

    /// <summary>Date.</summary>
    public string Date { get; init; } = string.Empty;

    /// <summary>Plan.</summary>
    public string Plan { get; init; } = string.Empty;

    /// <summary>Seats.</summary>
    public int Seats { get; init; }

    /// <summary>Billing cycle.</summary>
    public string BillingCycle { get; init; } = string.Empty;

    /// <summary>Amount.</summary>
    public decimal Amount { get; init; }

    /// <summary>Status.</summary>
    public string Status { get; init; } = string.Empty;
}

/// <summary>An operator (<c>StateOperator</c>).</summary>
public sealed class StateOperator
{
    /// <summary>Login.</summary>
    public string Login { get; init; } = string.Empty;

    /// <summary>Name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Permission.</summary>
    public string Permission { get; init; } = string.Empty;
}

/// <summary>A withdrawal (<c>StateWithdrawal</c>).</summary>
public sealed class StateWithdrawal
{
    /// <summary>Withdrawal id.</summary>
    public long WithdrawalId { get; init; }

    /// <summary>Request time.</summary>
    public string RequestTimestamp { get; init; } = string.Empty;

    /// <summary>Payment time, or null while pending.</summary>
    public string? ActionTimestamp { get; init; }

    /// <summary>Status.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>Amount.</summary>
    public decimal Amount { get; init; }

    /// <summary>Invoice id.</summary>
    public string InvoiceId { get; init; } = string.Empty;
}
