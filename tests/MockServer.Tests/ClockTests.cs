using System.Net;
using LiveChat.Partners.Mock.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>Time comes from TimeProvider: timestamps on the wire, invoice ids and card expiry follow the clock.</summary>
public sealed class ClockTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2030, 1, 15, 10, 20, 30, TimeSpan.Zero));
    private MockServerFixture _server = null!;

    public async Task InitializeAsync() =>
        _server = await MockServerFixture.StartAsync(options => options.ConfigureServices = services => services.AddSingleton<TimeProvider>(_clock));

    public Task DisposeAsync() => _server.DisposeAsync();

    private async Task<HttpClient> SandboxAsync()
    {
        var sandbox = await _server.CreateSandboxAsync();
        var client = sandbox.CreateHttpClient();
        client.DefaultRequestHeaders.Add("X-Partner", sandbox.PartnerId);
        return client;
    }

    [Fact]
    public async Task Wire_timestamps_are_the_clock_in_utc()
    {
        var client = await SandboxAsync();
        var campaign = await Expect.JsonAsync(await client.PostAsync("/v2/partners/affiliates/livechat/campaigns", SandboxClient.Json(new { name = "Clock campaign", trial_duration = 20 })), HttpStatusCode.Created);
        Assert.Equal("2030-01-15 10:20:30", (string?)campaign["creation_timestamp"]);
        _clock.Advance(TimeSpan.FromHours(2));
        await client.DeleteAsync("/v2/partners/affiliates/livechat/campaigns/pp_clock-campaign");
        var disabled = await Expect.JsonAsync(await client.GetAsync("/v2/partners/affiliates/livechat/campaigns/disabled"), HttpStatusCode.OK);
        Assert.Equal("2030-01-15 12:20:30", (string?)disabled["result"]!.Single(c => (string?)c["slug"] == "pp_clock-campaign")["disabled_timestamp"]);
    }

    [Fact]
    public async Task A_license_trial_ends_after_its_days()
    {
        var client = await SandboxAsync();
        var license = await Expect.JsonAsync(await client.PostAsync("/v2/partners/solutions/licenses", SandboxClient.Json(new { client_name = "Clock Client", client_email = "clock@client.com", payment_origin = "client", trial_duration = 20 })), HttpStatusCode.Created);
        Assert.Equal("2030-02-04 10:20:30", (string?)license["end_timestamp"]);
    }

    [Fact]
    public async Task The_withdrawal_invoice_id_uses_the_current_month()
    {
        var client = await SandboxAsync();
        var partner = client.DefaultRequestHeaders.GetValues("X-Partner").Single();
        await client.PutAsync("/v2/partners/affiliates/billing", SandboxClient.Json(new { type = "individual", company = "Joe Doe", address = "Street 1", city = "Town", country = "US", paypal = "joe@example.com" }));
        var withdrawal = await Expect.JsonAsync(await client.PostAsync("/v2/partners/affiliates/withdrawals", null), HttpStatusCode.Created);
        Assert.Equal($"2030/1/{partner}", (string?)withdrawal["invoice_id"]);
        Assert.Equal("2030-01-15 10:20:30", (string?)withdrawal["request_timestamp"]);
    }

    [Theory]
    [InlineData("12", "2029", HttpStatusCode.BadRequest)]
    [InlineData("12", "2030", HttpStatusCode.OK)]
    [InlineData("01", "2030", HttpStatusCode.OK)]
    public async Task A_card_expires_at_the_end_of_its_month(string month, string year, HttpStatusCode expected)
    {
        var response = await _server.Anonymous().GetAsync("/js/v1/token?" + Cards.ValidQuery(f =>
        {
            f["month"] = month;
            f["year"] = year;
        }));
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_card_from_last_month_is_expired()
    {
        var response = await _server.Anonymous().GetAsync("/js/v1/token?" + Cards.ValidQuery(f =>
        {
            f["month"] = "12";
            f["year"] = "2029";
        }));
        var error = await Expect.ErrorAsync(response, HttpStatusCode.BadRequest, "validation", "year");
        Assert.Equal("the card has expired", Expect.ReasonFor(error, "year"));
    }
}
