// A partner's integration tests with NUnit: one mock for the fixture, a fresh sandbox per test.
using System.Net;
using LiveChat.Partners;
using LiveChat.Partners.Testing;
using LiveChat.Partners.Testing.Admin.Models;
using NUnit.Framework;

namespace Testing.NUnit;

[TestFixture]
public sealed class JourneyTests
{
    private LiveChatPartnersMock _mock = null!;

    [OneTimeSetUp]
    public async Task StartMock() => _mock = await LiveChatPartnersMock.StartAsync();

    [OneTimeTearDown]
    public async Task StopMock() => await _mock.DisposeAsync();

    [Test]
    public async Task The_profile_is_the_sandboxs_own()
    {
        var sandbox = await _mock.CreateSandboxAsync();
        using var client = sandbox.CreateClient();

        var profile = await client.GetAsync();

        Assert.That(profile?.PartnerId, Is.EqualTo(sandbox.PartnerId));
    }

    [Test]
    public async Task An_injected_429_reaches_the_client_and_the_journal()
    {
        var sandbox = await _mock.CreateSandboxAsync();
        using var client = sandbox.CreateClient(options => options.Retry.MaxRetries = 0);
        await sandbox.Faults.AddAsync(new FaultRequest { Method = "GET", Path = "/v2/partners/coupons", Status = 429, RetryAfter = 1 });

        var refused = Assert.ThrowsAsync<LiveChat.Partners.Models.ErrorResponse>(() => client.Coupons.GetAsync());
        var coupons = await client.Coupons.GetAsync();

        Assert.That(refused!.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(coupons?.Result, Is.Not.Empty);
        var calls = await sandbox.GetJournalAsync();
        Assert.That(calls.Select(c => (c.Status ?? 0, c.Origin)), Is.EqualTo(new[] { (429, ResponseOrigins.Fault), (200, ResponseOrigins.Operation) }));
        Assert.That(calls.Select(c => c.OperationId), Is.All.EqualTo("getActiveCoupons"));
    }
}
