namespace LiveChat.Partners.Mock.Domain.SolutionPartner;

/// <summary>An invoice of a client license.</summary>
public sealed record Invoice(long InvoiceNo, DateTimeOffset Date, string Plan, int Seats, string BillingCycle, decimal Amount, string Status);
