namespace LiveChat.Partners.Mock.Domain.SolutionPartner;

/// <summary>Who manages a license's subscription and pays for it (<c>payment_origin</c> on the wire).</summary>
public enum PaymentOrigin
{
    /// <summary><c>partner</c>: the Solution Partner manages the subscription (and pays, less its discount).</summary>
    Partner,

    /// <summary><c>client</c>: the client manages the subscription (and the Partner earns commission).</summary>
    Client,
}
