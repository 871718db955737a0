namespace LiveChat.Partners.Mock.Admin;

/// <summary>Body of <c>POST /_mock/sandboxes</c> (both optional; validated by <c>CreateSandboxRequest</c> of <c>mock-admin.yaml</c>).</summary>
public sealed class CreateSandboxRequest
{
    /// <summary>A fixed partner id.</summary>
    public string? PartnerId { get; init; }

    /// <summary>A fixed API token.</summary>
    public string? Token { get; init; }
}

/// <summary>Body of <c>PUT /_mock/sandboxes/{partnerId}/balance</c>.</summary>
public sealed class SetBalanceRequest
{
    /// <summary>The new balance, in US dollars.</summary>
    public decimal Balance { get; init; }
}

/// <summary>Body of <c>PUT /_mock/sandboxes/{partnerId}/expert</c>: <c>none</c>, <c>pending</c>, <c>verified</c> or <c>rejected</c>.</summary>
public sealed class SetExpertRequest
{
    /// <summary>The status.</summary>
    public string Status { get; init; } = string.Empty;
}

/// <summary>Body of <c>PATCH /_mock/sandboxes/{partnerId}/licenses/{licenseId}</c>: the flags to set.</summary>
public sealed class SetLicenseFlagsRequest
{
    /// <summary>Whether the license is paid.</summary>
    public bool? Paid { get; init; }

    /// <summary>Whether it has expired.</summary>
    public bool? Expired { get; init; }

    /// <summary>Whether it is blocked.</summary>
    public bool? Blocked { get; init; }

    /// <summary>Whether a card was added.</summary>
    public bool? CcAdded { get; init; }
}

/// <summary>Body of <c>POST /_mock/sandboxes/{partnerId}/faults</c> (<c>FaultRequest</c> of <c>mock-admin.yaml</c>).</summary>
public sealed class AddFaultRequest
{
    /// <summary>An HTTP method, or <c>*</c>.</summary>
    public string? Method { get; init; }

    /// <summary>The path, exact or a prefix ending with <c>*</c>.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>How many requests get the fault.</summary>
    public int? Count { get; init; }

    /// <summary>The status to answer.</summary>
    public int? Status { get; init; }

    /// <summary>Seconds of <c>Retry-After</c> with 429.</summary>
    public int? RetryAfter { get; init; }

    /// <summary>Milliseconds to wait first.</summary>
    public int? DelayMs { get; init; }

    /// <summary>Whether to drop the connection.</summary>
    public bool? Drop { get; init; }
}

/// <summary>Body of <c>PUT /_mock/sandboxes/{partnerId}/clock</c> (<c>SetClockRequest</c> of <c>mock-admin.yaml</c>).</summary>
public sealed class SetClockRequest
{
    /// <summary>The time to move to, <c>YYYY-MM-DD HH:MM:SS</c> UTC.</summary>
    public string Now { get; init; } = string.Empty;
}

/// <summary>Body of <c>POST /_mock/sandboxes/{partnerId}/clock/advance</c> (<c>AdvanceClockRequest</c> of <c>mock-admin.yaml</c>).</summary>
public sealed class AdvanceClockRequest
{
    /// <summary>Seconds to move forward.</summary>
    public long Seconds { get; init; }
}
