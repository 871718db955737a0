// A partner's integration tests with xUnit: one mock for the class, a fresh sandbox per test.
using System.Net;
using LiveChat.Partners;
using LiveChat.Partners.Testing;
using LiveChat.Partners.Testing.Admin.Models;
using Xunit;

namespace Testing.XUnit;

/// <summary>One mock for every test of the class (xUnit builds it once and disposes it at the end).</summary>
public sealed class MockFixture : IAsyncLifetime
{
    public LiveChatPartnersMock Mock { get; private set; } = null!;

    public async Task InitializeAsync() => Mock = await LiveChatPartnersMock.StartAsync();

    public async Task DisposeAsync() => await Mock.DisposeAsync();
}

public sealed class JourneyTests(MockFixture fixture) : IClassFixture<MockFixture>
{
    [Fact]
    public async Task The_profile_is_the_sandboxs_own()
    {
        var sandbox = await fixture.Mock.CreateSandboxAsync();
        using var client = sandbox.CreateClient();

        var profile = await client.GetAsync();

        Assert.Equal(sandbox.PartnerId, profile?.PartnerId);
    }

    [Fact]
    public async Task An_injected_429_reaches_the_client_and_the_journal()
    {
        var sandbox = await fixture.Mock.CreateSandboxAsync();
        using var client = sandbox.CreateClient(options => options.Retry.MaxRetries = 0);
        await sandbox.Faults.AddAsync(new FaultRequest { Method = "GET", Path = "/v2/partners/coupons", Status = 429, RetryAfter = 1 });

        var refused = await Assert.ThrowsAsync<LiveChat.Partners.Models.ErrorResponse>(() => client.Coupons.GetAsync());
        var coupons = await client.Coupons.GetAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotEmpty(coupons?.Result ?? []);
        var calls = await sandbox.GetJournalAsync();
        Assert.Equal([(429, ResponseOrigins.Fault), (200, ResponseOrigins.Operation)], calls.Select(c => (c.Status ?? 0, c.Origin)));
        Assert.All(calls, c => Assert.Equal("getActiveCoupons", c.OperationId));
    }

    [Fact]
    public async Task A_trial_ends_when_the_sandboxs_clock_passes_its_end()
    {
        var sandbox = await fixture.Mock.CreateSandboxAsync();
        using var client = sandbox.CreateClient();
        var license = await client.Solutions.Licenses.PostAsync(new LiveChat.Partners.Models.CreateLicenseRequest
        {
            ClientName = "Trial Client",
            ClientEmail = "trial.client@example.com",
            PaymentOrigin = LiveChat.Partners.Models.PaymentOrigin.Client,
            TrialDuration = 14,
        });
        Assert.False(license?.Expired);

        await sandbox.Clock.AdvanceAsync(TimeSpan.FromDays(15));

        var later = await client.Resellers.Licenses[license!.License!].GetAsync();
        Assert.True(later?.Expired);
    }
}
