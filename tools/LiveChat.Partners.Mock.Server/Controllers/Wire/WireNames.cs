using LiveChat.Partners.Mock.Domain;
using LiveChat.Partners.Mock.Domain.Account;
using LiveChat.Partners.Mock.Domain.Experts;
using LiveChat.Partners.Mock.Domain.SolutionPartner;
using LiveChat.Partners.Mock.Domain.Withdrawals;

namespace LiveChat.Partners.Mock.Controllers.Wire;

/// <summary>
/// The one place the domain's values meet the API's words: each domain enum as the string a response sends
/// (response DTOs carry open strings), and each generated request enum as the domain's value.
/// </summary>
public static class WireNames
{
    /// <summary><c>starter</c>, <c>team</c> or <c>business</c>.</summary>
    public static string Wire(this Plan plan) => plan switch
    {
        Plan.Starter => "starter",
        Plan.Team => "team",
        Plan.Business => "business",
        _ => throw Unknown(plan),
    };

    /// <summary><c>monthly</c> or <c>annual</c>.</summary>
    public static string Wire(this BillingCycle cycle) => cycle switch
    {
        BillingCycle.Monthly => "monthly",
        BillingCycle.Annual => "annual",
        _ => throw Unknown(cycle),
    };

    /// <summary><c>partner</c> or <c>client</c>.</summary>
    public static string Wire(this PaymentOrigin origin) => origin switch
    {
        PaymentOrigin.Partner => "partner",
        PaymentOrigin.Client => "client",
        _ => throw Unknown(origin),
    };

    /// <summary><c>dal</c> or <c>fra</c>.</summary>
    public static string Wire(this DataCenter dataCenter) => dataCenter switch
    {
        DataCenter.Dal => "dal",
        DataCenter.Fra => "fra",
        _ => throw Unknown(dataCenter),
    };

    /// <summary><c>owner</c>, <c>administrator</c> or <c>normal</c>.</summary>
    public static string Wire(this OperatorPermission permission) => permission switch
    {
        OperatorPermission.Owner => "owner",
        OperatorPermission.Administrator => "administrator",
        OperatorPermission.Normal => "normal",
        _ => throw Unknown(permission),
    };

    /// <summary><c>paid</c>.</summary>
    public static string Wire(this InvoiceStatus status) => status switch
    {
        InvoiceStatus.Paid => "paid",
        _ => throw Unknown(status),
    };

    /// <summary><c>pending</c> or <c>paid</c>.</summary>
    public static string Wire(this WithdrawalStatus status) => status switch
    {
        WithdrawalStatus.Pending => "pending",
        WithdrawalStatus.Paid => "paid",
        _ => throw Unknown(status),
    };

    /// <summary><c>pending</c>, <c>verified</c> or <c>rejected</c>.</summary>
    public static string Wire(this ExpertStatus status) => status switch
    {
        ExpertStatus.Pending => "pending",
        ExpertStatus.Verified => "verified",
        ExpertStatus.Rejected => "rejected",
        _ => throw Unknown(status),
    };

    /// <summary><c>business</c> or <c>individual</c>.</summary>
    public static string Wire(this BillingType type) => type switch
    {
        BillingType.Business => "business",
        BillingType.Individual => "individual",
        _ => throw Unknown(type),
    };

    /// <summary>The domain plan of a request.</summary>
    public static Plan ToDomain(this Contracts.Plan plan) => plan switch
    {
        Contracts.Plan.Starter => Plan.Starter,
        Contracts.Plan.Team => Plan.Team,
        Contracts.Plan.Business => Plan.Business,
        _ => throw Unknown(plan),
    };

    /// <summary>The domain billing cycle of a request.</summary>
    public static BillingCycle ToDomain(this Contracts.BillingCycle cycle) => cycle switch
    {
        Contracts.BillingCycle.Monthly => BillingCycle.Monthly,
        Contracts.BillingCycle.Annual => BillingCycle.Annual,
        _ => throw Unknown(cycle),
    };

    /// <summary>The domain payment origin of a request.</summary>
    public static PaymentOrigin ToDomain(this Contracts.PaymentOrigin origin) => origin switch
    {
        Contracts.PaymentOrigin.Partner => PaymentOrigin.Partner,
        Contracts.PaymentOrigin.Client => PaymentOrigin.Client,
        _ => throw Unknown(origin),
    };

    /// <summary>The domain data center of a request.</summary>
    public static DataCenter ToDomain(this Contracts.DataCenter dataCenter) => dataCenter switch
    {
        Contracts.DataCenter.Dal => DataCenter.Dal,
        Contracts.DataCenter.Fra => DataCenter.Fra,
        _ => throw Unknown(dataCenter),
    };

    /// <summary>The domain billing type of a request.</summary>
    public static BillingType ToDomain(this Contracts.BillingType type) => type switch
    {
        Contracts.BillingType.Business => BillingType.Business,
        Contracts.BillingType.Individual => BillingType.Individual,
        _ => throw Unknown(type),
    };

    /// <summary>The Expert status named <paramref name="wire"/> (<c>pending</c>, <c>verified</c>, <c>rejected</c>), or null.</summary>
    public static ExpertStatus? ToExpertStatus(string? wire) =>
        Enum.GetValues<ExpertStatus>().Select(s => (ExpertStatus?)s).FirstOrDefault(s => s!.Value.Wire() == wire);

    private static ArgumentOutOfRangeException Unknown<T>(T value)
        where T : struct, Enum =>
        new(nameof(value), value, $"no wire name for {typeof(T).Name}.{value}");
}
