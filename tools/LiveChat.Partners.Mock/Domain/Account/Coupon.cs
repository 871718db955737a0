namespace LiveChat.Partners.Mock.Domain.Account;

/// <summary>A coupon assigned to the Partner; its id is the <c>coupon_id</c> campaigns and licenses accept.</summary>
public sealed record Coupon(long Id, string Label);
