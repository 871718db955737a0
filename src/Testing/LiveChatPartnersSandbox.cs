using System.Net.Http.Headers;
using LiveChat.Partners.Testing.Admin.Mock.Sandboxes.Item;
using LiveChat.Partners.Testing.Admin.Models;

namespace LiveChat.Partners.Testing;

/// <summary>
/// One partner account of the mock, isolated from every other: its credentials, a client signed in to it, its faults
/// and its request journal. Everything else the admin API sets (balance, Expert status, a license's flags, reset,
/// delete) is on <see cref="Admin"/>.
/// </summary>
public sealed class LiveChatPartnersSandbox
{
    private readonly LiveChatPartnersMock _mock;

    internal LiveChatPartnersSandbox(LiveChatPartnersMock mock, SandboxCredentials credentials)
    {
        _mock = mock;
        Credentials = credentials;
        PartnerId = credentials.PartnerId ?? throw new InvalidOperationException("The mock answered credentials without a partner_id.");
        Token = credentials.Token ?? throw new InvalidOperationException("The mock answered credentials without a token.");
        Admin = mock.Admin.Mock.Sandboxes[PartnerId];
        Faults = new SandboxFaults(Admin.Faults);
        Clock = new SandboxClock(Admin.Clock);
    }

    /// <summary>The account's credentials (partner id, login, password, API token #1).</summary>
    public SandboxCredentials Credentials { get; }

    /// <summary>The partner id (<c>partner_id</c>), also the sandbox's id in the admin API.</summary>
    public string PartnerId { get; }

    /// <summary>API token #1 of the account: <c>Authorization: Bearer {Token}</c>.</summary>
    public string Token { get; }

    /// <summary>The faults injected into the sandbox's next requests.</summary>
    public SandboxFaults Faults { get; }

    /// <summary>The sandbox's clock: <c>await sandbox.Clock.AdvanceAsync(TimeSpan.FromDays(31))</c>.</summary>
    public SandboxClock Clock { get; }

    /// <summary>The admin API of this sandbox (<c>/_mock/sandboxes/{partnerId}</c>), typed.</summary>
    public WithPartnerItemRequestBuilder Admin { get; }

    /// <summary>
    /// A <see cref="LiveChatPartnersClient"/> signed in to the sandbox with <see cref="Token"/>, pointed at the mock.
    /// The caller disposes it.
    /// </summary>
    /// <param name="configure">Changes the client's options (retries, timeout, user agent...) before it is built.</param>
    public LiveChatPartnersClient CreateClient(Action<LiveChatPartnersClientOptions>? configure = null) =>
        _mock.CreateClient(Token, configure);

    /// <summary>
    /// A plain <see cref="HttpClient"/> for the mock's origin that sends <c>Authorization: Bearer {Token}</c>, for raw
    /// requests (<c>/v2/partners/...</c>). The caller disposes it.
    /// </summary>
    public HttpClient CreateHttpClient()
    {
        var http = _mock.CreateHttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return http;
    }

    /// <summary>The sandbox's journal: its last Partner API requests, oldest first, secrets redacted, with the status each got.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<JournalEntry>> GetJournalAsync(CancellationToken cancellationToken = default)
    {
        var journal = await Admin.Journal.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return journal?.Result ?? [];
    }

    /// <summary>Forgets the requests recorded in the journal (the sequence numbers keep counting).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task ClearJournalAsync(CancellationToken cancellationToken = default) =>
        Admin.Journal.DeleteAsync(cancellationToken: cancellationToken);

    /// <summary>Restores the seeded state, same credentials; tokens created since stop working, journal and faults are cleared.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task ResetAsync(CancellationToken cancellationToken = default) =>
        Admin.Reset.PostAsync(cancellationToken: cancellationToken);

    /// <summary>Deletes the sandbox and all its state; its tokens stop authenticating.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task DeleteAsync(CancellationToken cancellationToken = default) =>
        Admin.DeleteAsync(cancellationToken: cancellationToken);
}
