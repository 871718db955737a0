namespace LiveChat.Partners.Mock.Domain.Account;

/// <summary>A coupon assigned to the Partner; its id is the <c>coupon_id</c> campaigns and licenses accept.</summary>
/// <param name="Id">The coupon id.</param>
/// <param name="Label">What the coupon gives, as the reference labels it (<c>30% off first payment</c>).</param>
/// <param name="DiscountPercent">The percent off it gives (<c>30</c>), or 0 for a coupon of an amount (<c>$25 discount</c>).</param>
public sealed record Coupon(long Id, string Label, int DiscountPercent);
