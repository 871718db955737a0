namespace LiveChat.Partners.Mock.Domain.SolutionPartner;

/// <summary>The Partner API calls that act on a license's subscription (see <see cref="SubscriptionManagement"/>).</summary>
public enum SubscriptionCall
{
    /// <summary><c>createLicenseSubscription</c>.</summary>
    Create,

    /// <summary><c>updateLicenseSubscription</c>.</summary>
    Update,

    /// <summary><c>closeLicenseSubscription</c>.</summary>
    Close,

    /// <summary><c>updateLicenseBilling</c>.</summary>
    UpdateBilling,

    /// <summary><c>getLicenseOperators</c>.</summary>
    ListOperators,

    /// <summary><c>moveLicenseToClient</c>.</summary>
    MoveToClient,
}
