namespace LiveChat.Partners.Mock.Domain.Account;

/// <summary>Who the affiliate billing information is for (<c>type</c> on the wire).</summary>
public enum BillingType
{
    /// <summary><c>business</c>: <c>company</c> is the company name.</summary>
    Business,

    /// <summary><c>individual</c>: <c>company</c> is the full name.</summary>
    Individual,
}
