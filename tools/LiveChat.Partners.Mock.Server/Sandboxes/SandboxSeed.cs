using LiveChat.Partners.Mock.Domain;
using LiveChat.Partners.Mock.Domain.Account;
using LiveChat.Partners.Mock.Domain.Affiliates;
using LiveChat.Partners.Mock.Domain.Experts;
using LiveChat.Partners.Mock.Domain.SolutionPartner;
using LiveChat.Partners.Mock.Domain.Withdrawals;

namespace LiveChat.Partners.Mock.Sandboxes;

/// <summary>
/// The deterministic starting state of every sandbox, taken from the API reference's examples: profile,
/// two tokens (the first is the sandbox token), coupons 1 and 2, a balance of 200 and no billing info,
/// LiveChat and Partner Program campaigns, affiliate licenses, performance, history, leads, two Solution
/// Partner licenses (123 managed by the client as in the reference, 124 by the Partner) with invoices
/// and operators, two paid withdrawals; the Partner is not an Expert yet.
/// </summary>
public static class SandboxSeed
{
    /// <summary>Builds the seeded state of the account in <paramref name="credentials"/>.</summary>
    public static PartnerState Create(SandboxCredentials credentials, ITokenIndex tokenIndex)
    {
        var pid = credentials.PartnerId;
        var account = new PartnerAccount { PartnerId = pid, Login = credentials.Login, Password = credentials.Password };
        var state = new PartnerState(account, tokenIndex, [new Coupon(1, "30% off first payment", 30), new Coupon(2, "$25 discount", 0)]);

        state.Tokens.Create("My first API token", At("2018-03-06 15:14:26"), credentials.Token);
        state.Tokens.Create("Token for my service", At("2018-03-06 17:14:26"));

        SeedCampaigns(state, pid);
        SeedLiveChatReports(state.LiveChat);
        SeedPartnerProgramReports(state.PartnerProgram);
        SeedLicenses(state.Licenses);
        state.SolutionPartnerHistory.AddRange(
        [
            new HistoryMonth("2018-03", 41, 27, 140m),
            new HistoryMonth("2018-02", 35, 38, 250m),
            new HistoryMonth("2018-01", 29, 48, 600m),
        ]);
        SeedExpert(state.Expert);
        state.Withdrawals.Seed(new Withdrawal(1, At("2019-03-06 12:24:42"), At("2019-03-07 10:00:00"), WithdrawalStatus.Paid, 1520m, $"2019/3/{pid}"));
        state.Withdrawals.Seed(new Withdrawal(2, At("2018-09-02 11:43:37"), At("2018-09-02 12:04:11"), WithdrawalStatus.Paid, 1063.3m, $"2018/9/{pid}"));
        return state;
    }

    /// <summary>The Expert profile from the reference (used when a tester makes the Partner an Expert through the admin API).</summary>
    public static ExpertProfile ReferenceExpertProfile() => new(
        "ACME", "123456789", "long description goes here", "short description (visible in Marketplace tile)", "US",
        "https://partners.livechatinc.com", ["api-and-integrations", "chat-customization", "chat-strategy-consultancy"],
        ["https://example.com"], "1-5", ["EN", "ES", "PL"], "50", "500", string.Empty, "https://twitter.com/LiveChatProgram", string.Empty, string.Empty);

    private static DateTimeOffset At(string wire) => WireTime.Parse(wire);

    private static void SeedCampaigns(PartnerState state, string pid)
    {
        Campaign LiveChat(string name, string slug, int trial, string discount, string link, string shortUrl, string created, string? disabled = null) => new()
        {
            Program = AffiliateProgram.LiveChat,
            Name = name,
            Slug = slug,
            TrialDuration = trial,
            Discount = discount,
            Url = $"https://www.livechatinc.com/{link}?a={pid}&utm_campaign={slug}&utm_source=PP",
            ShortUrl = shortUrl,
            CreatedAt = At(created),
            DisabledAt = disabled is null ? null : At(disabled),
        };
        Campaign PartnerProgram(string name, string slug, string link, string shortUrl, string created, string? disabled = null) => new()
        {
            Program = AffiliateProgram.PartnerProgram,
            Name = name,
            Slug = slug,
            Url = $"https://partners.livechatinc.com/{link}?a={pid}&utm_campaign={slug}&utm_source=PP",
            ShortUrl = shortUrl,
            CreatedAt = At(created),
            DisabledAt = disabled is null ? null : At(disabled),
        };

        state.Campaigns.Seed(LiveChat("Hello World!", "pp_hello-world", 14, "30% off first payment", "pricing/", "https://lc.chat/abc", "2018-03-06 23:42:19"));
        state.Campaigns.Seed(LiveChat("Another campaign", "pp_another-campaign", 45, string.Empty, string.Empty, "https://lc.chat/xyz", "2018-03-05 14:03:31"));
        state.Campaigns.Seed(LiveChat("Old campaign", "pp_old-campaign", 45, string.Empty, string.Empty, "https://lc.chat/old", "2018-02-02 08:12:17", "2018-03-01 17:07:46"));
        state.Campaigns.Seed(PartnerProgram("New campaign", "pp_new-campaign", "blog/", "https://lc.chat/abd", "2018-03-06 23:42:19"));
        state.Campaigns.Seed(PartnerProgram("Another campaign", "pp_another-campaign", string.Empty, "https://lc.chat/efg", "2018-03-05 14:03:31"));
        state.Campaigns.Seed(PartnerProgram("Old campaign", "pp_old-campaign", string.Empty, "https://lc.chat/ole", "2018-02-02 08:12:17", "2018-03-01 17:07:46"));
    }

    private static void SeedLiveChatReports(AffiliateReports reports)
    {
        reports.Licenses.Add(new AffiliateLicense("w...n@l...c", At("2018-03-01 16:11:26"), At("2018-03-30 16:11:25"), false, false, 100, Plan.Team, BillingCycle.Monthly, false, 0, 0m, 20, "banner", string.Empty, string.Empty, "default_link", false));
        reports.Licenses.Add(new AffiliateLicense("j...e@e...m", At("2018-01-29 16:30:03"), At("2019-01-27 16:30:03"), true, true, 10, Plan.Business, BillingCycle.Annual, true, 10, 1200m, 20, "header_link", string.Empty, string.Empty, "promo_campaign", false));
        reports.Performance.Add(new PerformanceRow(At("2018-03-01 00:00:00"), "My campaign", "banner", "v29", string.Empty, 100, 0, 50, 10, 178.45m, 34, 27));
        reports.Performance.Add(new PerformanceRow(At("2018-02-15 00:00:00"), "My other campaign", "screenshot", "v3", "keyword", 50, 0, 20, 10, 35m, 16, 12));
        reports.History.AddRange([new HistoryMonth("2018-03", 11, 50, 501.6m), new HistoryMonth("2018-02", 23, 32, 230.35m), new HistoryMonth("2018-01", 35, 41, 124.8m)]);
    }

    private static void SeedPartnerProgramReports(AffiliateReports reports)
    {
        reports.Licenses.Add(new AffiliateLicense(string.Empty, At("2018-12-14 13:21:21"), At("2019-06-13 23:59:59"), true, true, 1, Plan.Team, BillingCycle.Monthly, false, 0, 48.75m, 5, string.Empty, string.Empty, string.Empty, string.Empty, false));
        reports.Licenses.Add(new AffiliateLicense(string.Empty, At("2018-10-15 14:58:58"), At("2018-11-14 12:58:57"), false, false, 100, Plan.Team, BillingCycle.Monthly, false, 0, 0m, 10, string.Empty, string.Empty, string.Empty, string.Empty, false));
        reports.Leads.Add(new Lead("xyz", At("2019-02-25 09:42:22"), "medium", "content", "term", "new-campaign", 0, 0, 0, 0, 0, 0m));
        reports.Leads.Add(new Lead("abc", At("2018-10-15 14:47:42"), string.Empty, string.Empty, string.Empty, string.Empty, 0, 0, 2, 2, 2, 945.75m));
        reports.Performance.Add(new PerformanceRow(At("2018-10-15 00:00:00"), string.Empty, string.Empty, string.Empty, string.Empty, 3, 3, 2, 2, 945.75m, 0, 0));
        reports.Performance.Add(new PerformanceRow(At("2019-02-25 00:00:00"), string.Empty, "medium", "content", "term", 4, 1, 0, 0, 0m, 0, 0));
        reports.History.AddRange([new HistoryMonth("2019-03", 13, 2, 454.50m, 2), new HistoryMonth("2019-02", 4, 1, 157.95m, 1), new HistoryMonth("2019-01", 1, 0, 0m, 1)]);
    }

    private static void SeedLicenses(LicenseBook licenses)
    {
        var client = new License
        {
            Id = "123",
            ClientName = "Joe Doe",
            ClientEmail = "joe@example.com",
            PurchaseOrder = "Test license",
            CreatedAt = At("2019-03-06 12:59:13"),
            EndsAt = At("2020-04-05 11:59:12"),
            CcAdded = true,
            Paid = true,
            Seats = 12,
            Plan = Plan.Team,
            BillingCycle = BillingCycle.Monthly,
            PaymentOrigin = PaymentOrigin.Client,
            Conversations = 403,
            ConversationsLast30Days = 195,
            TotalCommission = 125m,
            CommissionPercent = 20,
            DataCenter = DataCenter.Fra,
            InTrial = true,
        };
        client.Invoices.Add(new Invoice(123, At("2018-03-03 09:38:33"), Plan.Team, 10, BillingCycle.Monthly, 312m, InvoiceStatus.Paid));
        client.Invoices.Add(new Invoice(122, At("2018-02-01 09:18:13"), Plan.Team, 10, BillingCycle.Monthly, 312m, InvoiceStatus.Paid));
        client.Operators.Add(new Operator("joe@example.com", "Joe Doe", OperatorPermission.Owner));
        licenses.Seed(client);

        var managed = new License
        {
            Id = "124",
            ClientName = "John Smith",
            ClientEmail = "john@example.com",
            PurchaseOrder = "PO-124",
            CreatedAt = At("2019-03-30 12:59:13"),
            EndsAt = At("2019-07-30 11:59:12"),
            CcAdded = true,
            Paid = true,
            Seats = 10,
            Plan = Plan.Team,
            BillingCycle = BillingCycle.Monthly,
            PaymentOrigin = PaymentOrigin.Partner,
            DiscountPercent = 20,
            TotalDiscount = 156m, // its two invoices: 10 Team seats at 39, less 20%
            Conversations = 403,
            ConversationsLast30Days = 195,
            CommissionPercent = 20,
            DataCenter = DataCenter.Dal,
            HasSubscription = true,
            InTrial = false,
            Recurrent = true,
        };
        managed.Invoices.Add(new Invoice(121, At("2019-04-30 09:38:33"), Plan.Team, 10, BillingCycle.Monthly, 312m, InvoiceStatus.Paid));
        managed.Invoices.Add(new Invoice(120, At("2019-03-30 09:18:13"), Plan.Team, 10, BillingCycle.Monthly, 312m, InvoiceStatus.Paid));
        managed.Operators.AddRange(
        [
            new Operator("jane@example.com", "Jane the Agent", OperatorPermission.Normal),
            new Operator("joe@example.com", "Joe", OperatorPermission.Administrator),
            new Operator("john@example.com", "John", OperatorPermission.Owner),
        ]);
        licenses.Seed(managed);
    }

    private static void SeedExpert(Expert expert)
    {
        expert.Comments.Add(new ExpertComment("This Expert provides a valuable tool to any online business.", "Joe", At("2018-03-06 10:21:50"), "https://example.com"));
        expert.Comments.Add(new ExpertComment("Great company and great people. The product itself is very easy to use. A brilliant service end to end.", "Jane", At("2018-02-22 13:32:28"), string.Empty));
        expert.History.AddRange([("2018-03", 123), ("2018-02", 212), ("2018-01", 286)]);
    }
}
