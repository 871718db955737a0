namespace LiveChat.Partners.Mock.Domain;

/// <summary>How often a subscription is billed (<c>billing_cycle</c> on the wire).</summary>
public enum BillingCycle
{
    /// <summary><c>monthly</c>.</summary>
    Monthly,

    /// <summary><c>annual</c>.</summary>
    Annual,
}
