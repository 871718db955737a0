using LiveChat.Partners.Mock.Controllers.Wire;
using LiveChat.Partners.Mock.Domain;
using LiveChat.Partners.Mock.Domain.Affiliates;

namespace LiveChat.Partners.Mock.Sandboxes.State;

/// <summary>Writes a sandbox's state as a <see cref="SandboxState"/>, in an order an import keeps (export, import, export is identical).</summary>
public static class SandboxStateExport
{
    /// <summary>The state of <paramref name="state"/> at <paramref name="now"/>.</summary>
    public static SandboxState From(PartnerState state, DateTimeOffset now)
    {
        var a = state.Account;
        var e = state.Earnings;
        return new SandboxState
        {
            Clock = WireTime.Format(now),
            Account = new StateAccount
            {
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
                LivechatCommissionPercent = a.LiveChatCommissionPercent,
                PartnerProgramCommissionPercent = a.PartnerProgramCommissionPercent,
                ResellerDiscountPercent = a.ResellerDiscountPercent,
            },
            Tokens = state.Tokens.Active.OrderBy(t => t.Id).Select(t => new StateToken { TokenId = t.Id, Label = t.Label, Token = t.Token, CreationTimestamp = WireTime.Format(t.CreatedAt) }).ToList(),
            Billing = state.Billing is not { } b ? null : new StateBilling { Type = b.Type.Wire(), Company = b.Company, Address = b.Address, City = b.City, Country = b.Country, Paypal = b.Paypal, ZipCode = b.ZipCode, Vat = b.Vat },
            Coupons = state.Coupons.Active.Select(c => new StateCoupon { CouponId = c.Id, Label = c.Label, DiscountPercent = c.DiscountPercent }).ToList(),
            Earnings = new StateEarnings
            {
                Balance = e.Balance,
                Blocked = e.Blocked,
                Pending = e.Pending,
                Withdrawals = e.Withdrawals,
                LivechatCommissionTotal = e.LiveChatCommissionTotal,
                LivechatCommissionLast30Days = e.LiveChatCommissionLast30Days,
                PartnerProgramCommissionTotal = e.PartnerProgramCommissionTotal,
                PartnerProgramCommissionLast30Days = e.PartnerProgramCommissionLast30Days,
                ResellerDiscount = e.ResellerDiscount,
                ResellerCommissionTotal = e.ResellerCommissionTotal,
                ResellerCommissionLast30Days = e.ResellerCommissionLast30Days,
            },
            Campaigns = new[] { AffiliateProgram.LiveChat, AffiliateProgram.PartnerProgram }
                .SelectMany(p => state.Campaigns.Active(p).Concat(state.Campaigns.Disabled(p)))
                .Select(c => new StateCampaign
                {
                    Program = StateNames.Of(c.Program),
                    Name = c.Name,
                    Slug = c.Slug,
                    TrialDuration = c.TrialDuration,
                    Discount = c.Discount,
                    Url = c.Url,
                    ShortUrl = c.ShortUrl,
                    CreationTimestamp = WireTime.Format(c.CreatedAt),
                    DisabledTimestamp = c.DisabledAt is { } d ? WireTime.Format(d) : null,
                }).ToList(),
            ActiveLicenses = new StateActiveLicenses { Livechat = Counts(state.LiveChatActive), PartnerProgram = Counts(state.PartnerProgramActive), Reseller = Counts(state.ResellerActive) },
            Licenses = state.Licenses.All.Select(l => new StateLicense
            {
                License = l.Id,
                Live = state.Licenses.IsLive(l),
                ClientName = l.ClientName,
                ClientEmail = l.ClientEmail,
                PurchaseOrder = l.PurchaseOrder,
                CreationTimestamp = WireTime.Format(l.CreatedAt),
                EndTimestamp = l.EndsAt is { } end ? WireTime.Format(end) : null,
                CcAdded = l.CcAdded,
                Paid = l.Paid,
                Seats = l.Seats,
                Plan = l.Plan.Wire(),
                BillingCycle = l.BillingCycle.Wire(),
                TotalDiscount = l.TotalDiscount,
                DiscountPercent = l.DiscountPercent,
                Expired = l.Expired,
                Blocked = l.Blocked,
                PaymentOrigin = l.PaymentOrigin.Wire(),
                Conversations = l.Conversations,
                ConversationsLast30Days = l.ConversationsLast30Days,
                TotalCommission = l.TotalCommission,
                CommissionPercent = l.CommissionPercent,
                DataCenter = l.DataCenter.Wire(),
                Subscriber = l.HasSubscription,
                InTrial = l.InTrial,
                Recurrent = l.Recurrent,
                Invoices = l.Invoices.Select(i => new StateInvoice { InvoiceNo = i.InvoiceNo, Date = WireTime.Format(i.Date), Plan = i.Plan.Wire(), Seats = i.Seats, BillingCycle = i.BillingCycle.Wire(), Amount = i.Amount, Status = i.Status.Wire() }).ToList(),
                Operators = l.Operators.Select(o => new StateOperator { Login = o.Login, Name = o.Name, Permission = o.Permission.Wire() }).ToList(),
            }).ToList(),
            Withdrawals = state.Withdrawals.All.Select(w => new StateWithdrawal
            {
                WithdrawalId = w.Id,
                RequestTimestamp = WireTime.Format(w.RequestedAt),
                ActionTimestamp = w.ActionAt is { } at ? WireTime.Format(at) : null,
                Status = w.Status.Wire(),
                Amount = w.Amount,
                InvoiceId = w.InvoiceId,
            }).ToList(),
            ExpertStatus = state.Expert.IsExpert ? state.Expert.Status.Wire() : "none",
        };
    }

    private static StateLicenseCounts Counts(Domain.Account.ActiveLicenseCounts c) => new() { Trials = c.Trials, TrialsCc = c.TrialsCc, Paid = c.Paid, Leads = c.Leads };
}
