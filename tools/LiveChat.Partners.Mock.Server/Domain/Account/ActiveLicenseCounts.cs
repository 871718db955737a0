namespace LiveChat.Partners.Mock.Domain.Account;

/// <summary>Active trials, trials with a card and paid licenses (and leads) of one program.</summary>
public sealed record ActiveLicenseCounts(int Trials, int TrialsCc, int Paid, int Leads = 0)
{
    /// <summary>These counts and <paramref name="other"/>'s, added.</summary>
    public ActiveLicenseCounts Plus(ActiveLicenseCounts other) =>
        new(Trials + other.Trials, TrialsCc + other.TrialsCc, Paid + other.Paid, Leads + other.Leads);
}
