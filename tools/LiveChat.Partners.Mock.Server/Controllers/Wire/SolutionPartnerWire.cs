using LiveChat.Partners.Mock.Contracts;
using LiveChat.Partners.Mock.Domain;

namespace LiveChat.Partners.Mock.Controllers.Wire;

/// <summary>Solution Partner licenses as the API's wire types.</summary>
public static class SolutionPartnerWire
{
    /// <summary>A license; <paramref name="withRecurly"/> adds the subscription state (license details).</summary>
    public static Contracts.ClientLicense ToContract(this Domain.SolutionPartner.License l, bool withRecurly) => new()
    {
        License = l.Id,
        Client_name = l.ClientName,
        Client_email = l.ClientEmail,
        Purchase_order = l.PurchaseOrder,
        Creation_timestamp = WireTime.Format(l.CreatedAt),
        End_timestamp = WireTime.FormatOptional(l.EndsAt),
        Cc_added = l.CcAdded,
        Paid = l.Paid,
        Seats = l.Seats,
        Plan = l.Plan.Wire(),
        Billing_cycle = l.BillingCycle.Wire(),
        Total_discount = l.TotalDiscount,
        Discount_percent = l.DiscountPercent,
        Expired = l.Expired,
        Blocked = l.Blocked,
        Payment_origin = l.PaymentOrigin.Wire(),
        Conversations = l.Conversations,
        Conversations_last_30_days = l.ConversationsLast30Days,
        Total_commission = l.TotalCommission,
        Commission_percent = l.CommissionPercent,
        Data_center = l.DataCenter.Wire(),
        Recurly = withRecurly ? new RecurlySubscription { Subscriber = l.HasSubscription, In_trial = l.InTrial, Recurrent = l.Recurrent } : null,
    };

    /// <summary>An invoice.</summary>
    public static Contracts.Invoice ToContract(this Domain.SolutionPartner.Invoice i) => new()
    {
        Invoice_no = i.InvoiceNo,
        Date = WireTime.Format(i.Date),
        Plan = i.Plan.Wire(),
        Seats = i.Seats,
        Billing_cycle = i.BillingCycle.Wire(),
        Amount = i.Amount,
        Status = i.Status.Wire(),
    };

    /// <summary>An operator.</summary>
    public static Contracts.Operator ToContract(this Domain.SolutionPartner.Operator o) => new() { Login = o.Login, Name = o.Name, Permission = o.Permission.Wire() };
}
