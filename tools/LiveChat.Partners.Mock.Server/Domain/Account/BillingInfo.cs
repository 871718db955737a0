namespace LiveChat.Partners.Mock.Domain.Account;

/// <summary>Affiliate billing information, where withdrawals are paid (PayPal) and invoiced.</summary>
public sealed record BillingInfo(BillingType Type, string Company, string Address, string City, string Country, string Paypal, string? ZipCode, string? Vat);
