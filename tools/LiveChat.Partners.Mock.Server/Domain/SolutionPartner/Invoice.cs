namespace LiveChat.Partners.Mock.Domain.SolutionPartner;

/// <summary>An invoice of a client license.</summary>
public sealed record Invoice(long InvoiceNo, DateTimeOffset Date, Plan Plan, int Seats, BillingCycle BillingCycle, decimal Amount, InvoiceStatus Status);
