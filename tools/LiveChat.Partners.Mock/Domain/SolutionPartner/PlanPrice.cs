namespace LiveChat.Partners.Mock.Domain.SolutionPartner;

/// <summary>What a subscription costs: the plan's list price per seat and month, less the Solution Partner discount.</summary>
public static class PlanPrice
{
    /// <summary>The list price of one seat for one month.</summary>
    public static decimal PerSeatMonthly(string plan) => plan switch
    {
        "starter" => 19m,
        "team" => 39m,
        _ => 59m,
    };

    /// <summary>The amount of one billing period.</summary>
    public static decimal Amount(string plan, int seats, string billingCycle, int discountPercent)
    {
        var months = billingCycle == "annual" ? 12 : 1;
        return decimal.Round(PerSeatMonthly(plan) * seats * months * (100 - discountPercent) / 100m, 2);
    }
}
