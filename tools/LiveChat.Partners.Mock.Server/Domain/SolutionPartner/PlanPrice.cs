namespace LiveChat.Partners.Mock.Domain.SolutionPartner;

/// <summary>
/// What a subscription costs: the plan's list price per seat and month, times the months of the billing cycle,
/// less a discount. The prices are inferred (the reference states none): LiveChat's list prices of the
/// reference's time, which give its example invoice (Team, 10 seats, monthly, less the 20% Solution Partner
/// discount: 312).
/// </summary>
public static class PlanPrice
{
    /// <summary>The list price of one seat for one month.</summary>
    public static decimal PerSeatMonthly(Plan plan) => plan switch
    {
        Plan.Starter => 19m,
        Plan.Team => 39m,
        _ => 59m,
    };

    /// <summary>The amount of one billing period.</summary>
    public static decimal Amount(Plan plan, int seats, BillingCycle billingCycle, int discountPercent)
    {
        var months = billingCycle == BillingCycle.Annual ? 12 : 1;
        return decimal.Round(PerSeatMonthly(plan) * seats * months * (100 - discountPercent) / 100m, 2);
    }
}
