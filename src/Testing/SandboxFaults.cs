using LiveChat.Partners.Testing.Admin.Mock.Sandboxes.Item.Faults;
using LiveChat.Partners.Testing.Admin.Models;

namespace LiveChat.Partners.Testing;

/// <summary>
/// The faults of one sandbox: the next requests matching a method and a path answer an error status, wait, or lose
/// their connection, before routing, authentication and validation.
/// </summary>
public sealed class SandboxFaults
{
    private readonly FaultsRequestBuilder _faults;

    internal SandboxFaults(FaultsRequestBuilder faults) => _faults = faults;

    /// <summary>Arms a fault; returns the rule as the mock stored it.</summary>
    /// <param name="fault">What to match (<c>Method</c>, <c>Path</c>, <c>Count</c>) and what to do (<c>Status</c> and <c>RetryAfter</c>, <c>DelayMs</c>, <c>Drop</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <example><code>await sandbox.Faults.AddAsync(new FaultRequest { Method = "GET", Path = "/v2/partners/coupons", Status = 429, RetryAfter = 2 });</code></example>
    /// <exception cref="ErrorResponse">The mock refused the rule (<c>400</c> with the field and the reason).</exception>
    public async Task<FaultRule> AddAsync(FaultRequest fault, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var rule = await _faults.PostAsync(fault, cancellationToken: cancellationToken).ConfigureAwait(false);
        return rule ?? throw new InvalidOperationException("POST /_mock/sandboxes/{partnerId}/faults answered no rule.");
    }

    /// <summary>The armed rules, with how many requests each will still affect.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<FaultRule>> ListAsync(CancellationToken cancellationToken = default)
    {
        var faults = await _faults.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return faults?.Result ?? [];
    }

    /// <summary>Disarms every rule.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task ClearAsync(CancellationToken cancellationToken = default) =>
        _faults.DeleteAsync(cancellationToken: cancellationToken);
}
