using LiveChat.Partners.Mock.Admin;
using LiveChat.Partners.Mock.Controllers.Wire;
using LiveChat.Partners.Mock.Domain;
using LiveChat.Partners.Mock.Domain.Account;
using LiveChat.Partners.Mock.Domain.Affiliates;
using LiveChat.Partners.Mock.Domain.SolutionPartner;
using LiveChat.Partners.Mock.Domain.Withdrawals;
using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Sandboxes.State;

/// <summary>
/// Builds a sandbox's <see cref="PartnerState"/> from a <see cref="SandboxState"/> the admin document's schema has
/// accepted, checking what a schema cannot (times, enum names, unique ids, emails, labels and slugs) with a field
/// error naming the place (<c>licenses[3].client_email</c>). The parts the state does not hold (affiliate reports,
/// histories, Expert comments) are the seed's.
/// </summary>
public static class SandboxStateImport
{
    /// <summary>The state of <paramref name="state"/> for the account of <paramref name="seedCredentials"/>, its tokens in <paramref name="tokenIndex"/>, and its clock.</summary>
    public static (PartnerState State, DateTimeOffset Clock) Build(SandboxState state, SandboxCredentials seedCredentials, ITokenIndex tokenIndex)
    {
        var clock = ClockEndpoints.ParseNow(state.Clock, "clock");
        Unique(state.Tokens.Select(t => t.TokenId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "tokens", "token_id");
        Unique(state.Tokens.Select(t => t.Label.ToUpperInvariant()), "tokens", "label");
        Unique(state.Tokens.Select(t => t.Token), "tokens", "token");
        Unique(state.Coupons.Select(c => c.CouponId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "coupons", "coupon_id");
        Unique(state.Campaigns.Select(c => c.Program + " " + c.Slug), "campaigns", "slug");
        Unique(state.Campaigns.Select(c => c.Program + " " + c.Name.Trim().ToUpperInvariant()), "campaigns", "name");
        Unique(state.Licenses.Select(l => l.License), "licenses", "license");
        Unique(state.Licenses.Select(l => l.ClientEmail.ToUpperInvariant()), "licenses", "client_email");
        Unique(state.Withdrawals.Select(w => w.WithdrawalId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "withdrawals", "withdrawal_id");

        var seed = SandboxSeed.Create(seedCredentials with { Token = "unused-" + Guid.NewGuid().ToString("N") }, NoTokenIndex.Instance);
        var a = state.Account;
        var account = new PartnerAccount
        {
            PartnerId = seedCredentials.PartnerId,
            Login = a.Login,
            Password = a.Password,
            FirstName = a.FirstName,
            LastName = a.LastName,
            ContactName = a.ContactName,
            ContactEmail = a.ContactEmail,
            SendMonthlySummary = a.SendMonthlySummary,
            SendNewsletter = a.SendNewsletter,
            SendNotifications = a.SendNotifications,
            SendResellerWeeklySummary = a.SendResellerWeeklySummary,
            LiveChatCommissionPercent = a.LivechatCommissionPercent,
            PartnerProgramCommissionPercent = a.PartnerProgramCommissionPercent,
            ResellerDiscountPercent = a.ResellerDiscountPercent,
        };
        var result = new PartnerState(account, tokenIndex, state.Coupons.Select(c => new Coupon(c.CouponId, c.Label, c.DiscountPercent)));
        var tokens = state.Tokens.Select((t, i) => new ApiToken(t.TokenId, t.Token, Time(t.CreationTimestamp, $"tokens[{i}].creation_timestamp"), t.Label)).ToList();
        if (state.Billing is { } b)
        {
            result.Billing = new BillingInfo(StateNames.Parse<BillingType>(b.Type, WireNames.Wire, "billing.type"), b.Company, b.Address, b.City, b.Country, b.Paypal, b.ZipCode, b.Vat);
        }

        var e = state.Earnings;
        var earnings = result.Earnings;
        (earnings.Balance, earnings.Blocked, earnings.Pending, earnings.Withdrawals) = (e.Balance, e.Blocked, e.Pending, e.Withdrawals);
        (earnings.LiveChatCommissionTotal, earnings.LiveChatCommissionLast30Days) = (e.LivechatCommissionTotal, e.LivechatCommissionLast30Days);
        (earnings.PartnerProgramCommissionTotal, earnings.PartnerProgramCommissionLast30Days) = (e.PartnerProgramCommissionTotal, e.PartnerProgramCommissionLast30Days);
        (earnings.ResellerDiscount, earnings.ResellerCommissionTotal, earnings.ResellerCommissionLast30Days) = (e.ResellerDiscount, e.ResellerCommissionTotal, e.ResellerCommissionLast30Days);

        for (var i = 0; i < state.Campaigns.Count; i++)
        {
            var c = state.Campaigns[i];
            result.Campaigns.Seed(new Campaign
            {
                Program = StateNames.Parse<AffiliateProgram>(c.Program, StateNames.Of, $"campaigns[{i}].program"),
                Name = c.Name,
                Slug = c.Slug,
                TrialDuration = c.TrialDuration,
                Discount = c.Discount,
                Url = c.Url,
                ShortUrl = c.ShortUrl,
                CreatedAt = Time(c.CreationTimestamp, $"campaigns[{i}].creation_timestamp"),
                DisabledAt = c.DisabledTimestamp is { } d ? Time(d, $"campaigns[{i}].disabled_timestamp") : null,
            });
        }

        result.LiveChatActive = Counts(state.ActiveLicenses.Livechat);
        result.PartnerProgramActive = Counts(state.ActiveLicenses.PartnerProgram);
        result.ResellerActive = Counts(state.ActiveLicenses.Reseller);
        for (var i = 0; i < state.Licenses.Count; i++)
        {
            result.Licenses.Restore(License(state.Licenses[i], $"licenses[{i}]"), state.Licenses[i].Live);
        }

        for (var i = 0; i < state.Withdrawals.Count; i++)
        {
            var w = state.Withdrawals[i];
            result.Withdrawals.Seed(new Withdrawal(
                w.WithdrawalId, Time(w.RequestTimestamp, $"withdrawals[{i}].request_timestamp"), w.ActionTimestamp is { } at ? Time(at, $"withdrawals[{i}].action_timestamp") : null,
                StateNames.Parse<WithdrawalStatus>(w.Status, WireNames.Wire, $"withdrawals[{i}].status"), w.Amount, w.InvoiceId));
        }

        if (state.ExpertStatus != "none")
        {
            result.Expert.Become(SandboxSeed.ReferenceExpertProfile(), $"https://cdn.livechatinc.com/experts/{seedCredentials.PartnerId}/logo.png");
            result.Expert.Status = StateNames.Parse<Domain.Experts.ExpertStatus>(state.ExpertStatus, WireNames.Wire, "expert_status");
        }

        // The parts the state does not hold stay the seed's.
        result.LiveChat.Licenses.AddRange(seed.LiveChat.Licenses);
        result.LiveChat.Performance.AddRange(seed.LiveChat.Performance);
        result.LiveChat.History.AddRange(seed.LiveChat.History);
        result.PartnerProgram.Licenses.AddRange(seed.PartnerProgram.Licenses);
        result.PartnerProgram.Performance.AddRange(seed.PartnerProgram.Performance);
        result.PartnerProgram.History.AddRange(seed.PartnerProgram.History);
        result.PartnerProgram.Leads.AddRange(seed.PartnerProgram.Leads);
        result.SolutionPartnerHistory.AddRange(seed.SolutionPartnerHistory);
        result.Expert.Comments.AddRange(seed.Expert.Comments);
        result.Expert.History.AddRange(seed.Expert.History);

        // Tokens last: only a state that passed every check authenticates.
        foreach (var token in tokens)
        {
            result.Tokens.Restore(token);
        }

        return (result, clock);
    }

    private static License License(StateLicense l, string at)
    {
        var license = new License
        {
            Id = l.License,
            ClientName = l.ClientName,
            ClientEmail = l.ClientEmail,
            PurchaseOrder = l.PurchaseOrder,
            CreatedAt = Time(l.CreationTimestamp, at + ".creation_timestamp"),
            EndsAt = l.EndTimestamp is { } end ? Time(end, at + ".end_timestamp") : null,
            CcAdded = l.CcAdded,
            Paid = l.Paid,
            Seats = l.Seats,
            Plan = StateNames.Parse<Plan>(l.Plan, WireNames.Wire, at + ".plan"),
            BillingCycle = StateNames.Parse<BillingCycle>(l.BillingCycle, WireNames.Wire, at + ".billing_cycle"),
            TotalDiscount = l.TotalDiscount,
            DiscountPercent = l.DiscountPercent,
            Expired = l.Expired,
            Blocked = l.Blocked,
            PaymentOrigin = StateNames.Parse<PaymentOrigin>(l.PaymentOrigin, WireNames.Wire, at + ".payment_origin"),
            Conversations = l.Conversations,
            ConversationsLast30Days = l.ConversationsLast30Days,
            TotalCommission = l.TotalCommission,
            CommissionPercent = l.CommissionPercent,
            DataCenter = StateNames.Parse<DataCenter>(l.DataCenter, WireNames.Wire, at + ".data_center"),
            HasSubscription = l.Subscriber,
            InTrial = l.InTrial,
            Recurrent = l.Recurrent,
        };
        for (var i = 0; i < l.Invoices.Count; i++)
        {
            var v = l.Invoices[i];
            var where = $"{at}.invoices[{i}]";
            license.Invoices.Add(new Invoice(v.InvoiceNo, Time(v.Date, where + ".date"), StateNames.Parse<Plan>(v.Plan, WireNames.Wire, where + ".plan"), v.Seats,
                StateNames.Parse<BillingCycle>(v.BillingCycle, WireNames.Wire, where + ".billing_cycle"), v.Amount, StateNames.Parse<InvoiceStatus>(v.Status, WireNames.Wire, where + ".status")));
        }

        for (var i = 0; i < l.Operators.Count; i++)
        {
            var o = l.Operators[i];
            license.Operators.Add(new Operator(o.Login, o.Name, StateNames.Parse<OperatorPermission>(o.Permission, WireNames.Wire, $"{at}.operators[{i}].permission")));
        }

        return license;
    }

    private static ActiveLicenseCounts Counts(StateLicenseCounts c) => new(c.Trials, c.TrialsCc, c.Paid, c.Leads);

    private static DateTimeOffset Time(string value, string field) => ClockEndpoints.ParseNow(value, field);

    private static void Unique(IEnumerable<string> keys, string list, string field)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var key in keys)
        {
            if (!seen.Add(key))
            {
                throw ApiErrorException.Validation($"{list}[{i}].{field}", "is already used by an earlier item");
            }

            i++;
        }
    }

    /// <summary>The index of a throw-away seed, whose tokens authenticate nowhere.</summary>
    private sealed class NoTokenIndex : ITokenIndex
    {
        public static readonly NoTokenIndex Instance = new();

        public void Add(string token, string partnerId)
        {
        }

        public void Remove(string token)
        {
        }
    }
}
