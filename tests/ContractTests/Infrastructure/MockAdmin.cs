using LiveChat.Partners.Testing;
using LiveChat.Partners.Testing.Admin.Models;

namespace LiveChat.Partners.ContractTests.Infrastructure;

/// <summary>The mock's admin API (<c>/_mock/...</c>) as the contract tests read it, through the testing kit's generated admin client.</summary>
public static class MockAdmin
{
    /// <summary>Creates an isolated, seeded Partner account.</summary>
    public static Task<LiveChatPartnersSandbox> CreateSandboxAsync() => ContractServer.Shared.CreateSandboxAsync();

    /// <summary>Every sandbox of the server.</summary>
    public static async Task<IReadOnlyList<SandboxCredentials>> SandboxesAsync() =>
        (await ContractServer.Shared.Mock.Admin.Mock.Sandboxes.GetAsync())?.Result ?? [];

    /// <summary>The requests a sandbox received, oldest first.</summary>
    public static async Task<IReadOnlyList<JournalEntry>> JournalAsync(string partnerId) =>
        (await ContractServer.Shared.Mock.Admin.Mock.Sandboxes[partnerId].Journal.GetAsync())?.Result ?? [];

    /// <summary>The requests that authenticated for no sandbox (public calls such as Recurly's, 401s), oldest first.</summary>
    public static async Task<IReadOnlyList<JournalEntry>> AnonymousJournalAsync() =>
        (await ContractServer.Shared.Mock.Admin.Mock.Journal.GetAsync())?.Result ?? [];

    /// <summary>
    /// How many Recurly token calls (<c>GET /js/v1/token</c>) reached the mock with an <c>Authorization</c> header, in
    /// the anonymous journal and <paramref name="partnerIds"/>' journals (every sandbox when none are given): must stay 0.
    /// </summary>
    public static async Task<int> RecurlyCallsWithAuthorizationAsync(params string[] partnerIds)
    {
        var entries = new List<JournalEntry>(await AnonymousJournalAsync());
        foreach (var id in partnerIds.Length > 0 ? partnerIds : (await SandboxesAsync()).Select(s => s.PartnerId!).ToArray())
        {
            entries.AddRange(await JournalAsync(id));
        }

        return entries.Count(e => e.Path == "/js/v1/token" && e.Headers is not null && e.Headers.AdditionalData.Keys.Any(h => h.Equals("Authorization", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Sets the Partner's balance (<c>PUT /_mock/sandboxes/{id}/balance</c>).</summary>
    public static Task SetBalanceAsync(string partnerId, decimal balance) =>
        ContractServer.Shared.Mock.Admin.Mock.Sandboxes[partnerId].Balance.PutAsync(new SetBalanceRequest { Balance = (double)balance });
}
