namespace LiveChat.Partners.Mock.Admin;

/// <summary>Body of <c>POST /_mock/sandboxes</c> (both optional).</summary>
public sealed record CreateSandboxRequest(string? PartnerId, string? Token);

/// <summary>Body of <c>PUT /_mock/sandboxes/{id}/balance</c>.</summary>
public sealed record SetBalanceRequest(decimal? Balance);

/// <summary>Body of <c>PUT /_mock/sandboxes/{id}/expert</c>: <c>none</c>, <c>pending</c>, <c>verified</c> or <c>rejected</c>.</summary>
public sealed record SetExpertRequest(string? Status);

/// <summary>Body of <c>PATCH /_mock/sandboxes/{id}/licenses/{licenseId}</c>: the flags to set.</summary>
public sealed record SetLicenseFlagsRequest(bool? Paid, bool? Expired, bool? Blocked, bool? CcAdded);

/// <summary>Body of <c>POST /_mock/sandboxes/{id}/faults</c>.</summary>
public sealed record AddFaultRequest(string? Method, string? Path, int? Count, int? Status, int? RetryAfter, int? DelayMs, bool? Drop);
