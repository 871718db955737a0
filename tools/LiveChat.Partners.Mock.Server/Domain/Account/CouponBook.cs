using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Domain.Account;

/// <summary>The coupons assigned to the Partner, and the coupon ownership rule.</summary>
public sealed class CouponBook(IEnumerable<Coupon> coupons)
{
    /// <summary>The active coupons.</summary>
    public IReadOnlyList<Coupon> Active { get; } = coupons.ToList();

    /// <summary>Returns the Partner's coupon <paramref name="id"/>; 403 when it is not assigned to the Partner.</summary>
    public Coupon RequireOwned(long id) =>
        Active.FirstOrDefault(c => c.Id == id) ?? throw ApiErrorException.Forbidden("not allowed to use this coupon", "coupon_id");
}
