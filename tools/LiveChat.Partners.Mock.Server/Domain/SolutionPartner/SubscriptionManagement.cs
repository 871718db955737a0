using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Domain.SolutionPartner;

/// <summary>
/// Who manages the subscription, the one rule every subscription call follows: the Partner manages the
/// subscription of a license whose <c>payment_origin</c> is <c>partner</c>; the client manages it when
/// <c>payment_origin</c> is <c>client</c> (from creation, or after <c>moveLicenseToClient</c>). On a license the
/// client manages, every subscription call of the Partner is refused, with the status the reference lists for
/// that call: <c>403</c> "subscription is not managed by the Partner" where the call lists a 403
/// (operators, move, close), <c>409</c> where it lists only a conflict (create: the subscription exists, with the
/// client; update: the Partner has none), and <c>400</c> for billing, which lists neither.
/// </summary>
/// <remarks>The reference states the rule for operators and move only; its use by the other calls is inferred and
/// marked <c>x-inferred</c> on each operation of <c>openapi/livechat-partners.yaml</c>.</remarks>
public static class SubscriptionManagement
{
    /// <summary>The message of every refusal.</summary>
    public const string NotManagedByPartner = "subscription is not managed by the Partner";

    /// <summary>Returns <paramref name="license"/> when the Partner manages its subscription; else throws the refusal of <paramref name="call"/>.</summary>
    public static License EnsureManagedByPartner(License license, SubscriptionCall call)
    {
        if (license.IsManagedByPartner)
        {
            return license;
        }

        throw call switch
        {
            SubscriptionCall.Create => ApiErrorException.Conflict($"{NotManagedByPartner}: the subscription exists with the client", "license_id"),
            SubscriptionCall.Update => ApiErrorException.Conflict($"{NotManagedByPartner}: the Partner has no subscription to update", "license_id"),
            SubscriptionCall.UpdateBilling => ApiErrorException.Validation("license_id", NotManagedByPartner),
            _ => ApiErrorException.Forbidden(NotManagedByPartner, "license_id"),
        };
    }
}
