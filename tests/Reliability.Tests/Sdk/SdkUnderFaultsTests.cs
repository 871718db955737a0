using System.Diagnostics;
using System.Net;
using System.Text;
using LiveChat.Partners.Models;
using LiveChat.Partners.Testing;
using FaultRequest = LiveChat.Partners.Testing.Admin.Models.FaultRequest;
using JournalEntry = LiveChat.Partners.Testing.Admin.Models.JournalEntry;

namespace LiveChat.Partners.Reliability.Sdk;

/// <summary>The SDK against the mock's fault injection (in memory): what is retried, what is not, budgets, timeouts, cancellation, secrets.</summary>
[Collection(ReliabilityCollection.Name)]
public sealed class SdkUnderFaultsTests(ReliabilityServer server)
{
    private async Task<(LiveChatPartnersClient Client, LiveChatPartnersSandbox Sandbox, string Token, HttpClient Admin)> SdkAsync(Action<LiveChatPartnersClientOptions>? configure = null)
    {
        var sandbox = await server.CreateSandboxAsync();
        var client = sandbox.CreateClient(options =>
        {
            options.Retry = new LiveChatPartnersRetryOptions { MaxRetries = 3, InitialDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromSeconds(2) };
            configure?.Invoke(options);
        });
        return (client, sandbox, sandbox.Token, server.Anonymous());
    }

    private static Task FaultAsync(LiveChatPartnersSandbox sandbox, FaultRequest rule) => sandbox.Faults.AddAsync(rule);

    private static async Task<List<JournalEntry>> JournalAsync(LiveChatPartnersSandbox sandbox, string path) =>
        (await sandbox.GetJournalAsync()).Where(e => e.Path == path).ToList();

    [Fact]
    public async Task A_429_with_Retry_After_is_waited_out_and_retried()
    {
        var (client, sandbox, _, admin) = await SdkAsync();
        using var _c = client;
        using var _a = admin;
        await FaultAsync(sandbox, new FaultRequest { Method = "GET", Path = "/v2/partners/coupons", Count = 1, Status = 429, RetryAfter = 1 });

        var watch = Stopwatch.StartNew();
        var coupons = await client.Coupons.GetAsync();

        Assert.NotNull(coupons);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(950), $"waited only {watch.Elapsed}");
        Assert.Equal(2, (await JournalAsync(sandbox, "/v2/partners/coupons")).Count);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_transient_status_on_a_GET_is_retried_with_backoff(int status)
    {
        var (client, sandbox, _, admin) = await SdkAsync();
        using var _c = client;
        using var _a = admin;
        await FaultAsync(sandbox, new FaultRequest { Method = "GET", Path = "/v2/partners/earnings", Count = 2, Status = status });

        Assert.NotNull(await client.Earnings.GetAsync());
        Assert.Equal(3, (await JournalAsync(sandbox, "/v2/partners/earnings")).Count);
    }

    [Fact]
    public async Task A_dropped_connection_on_a_GET_is_retried()
    {
        var (client, sandbox, _, admin) = await SdkAsync();
        using var _c = client;
        using var _a = admin;
        await FaultAsync(sandbox, new FaultRequest { Method = "GET", Path = "/v2/partners/tokens", Count = 2, Drop = true });

        Assert.NotNull(await client.Tokens.GetAsync());
        Assert.Equal(3, (await JournalAsync(sandbox, "/v2/partners/tokens")).Count);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(0)]
    public async Task A_POST_that_reached_the_server_is_not_retried(int status)
    {
        var (client, sandbox, _, admin) = await SdkAsync();
        using var _c = client;
        using var _a = admin;
        await FaultAsync(sandbox, status == 0
            ? new FaultRequest { Method = "POST", Path = "/v2/partners/tokens", Count = 5, Drop = true }
            : new FaultRequest { Method = "POST", Path = "/v2/partners/tokens", Count = 5, Status = status });

        var call = () => client.Tokens.PostAsync(new CreateApiTokenRequest { Label = "not twice" });

        if (status == 0)
        {
            // The connection was dropped after the request reached the server: the transport's failure surfaces.
            await Assert.ThrowsAsync<HttpRequestException>(call);
        }
        else
        {
            var error = await Assert.ThrowsAsync<ErrorResponse>(call);
            Assert.Equal(status, error.ResponseStatusCode);
        }

        Assert.Single(await JournalAsync(sandbox, "/v2/partners/tokens"));
    }

    [Fact]
    public async Task The_retry_budget_is_respected()
    {
        var (client, sandbox, _, admin) = await SdkAsync(o => o.Retry.MaxRetries = 2);
        using var _c = client;
        using var _a = admin;
        await FaultAsync(sandbox, new FaultRequest { Method = "GET", Path = "/v2/partners/coupons", Count = 10, Status = 503 });

        var error = await Assert.ThrowsAsync<ErrorResponse>(() => client.Coupons.GetAsync());

        Assert.Equal(503, error.ResponseStatusCode);
        Assert.Equal(3, (await JournalAsync(sandbox, "/v2/partners/coupons")).Count);
    }

    [Fact]
    public async Task A_slow_answer_times_out_within_the_attempt_timeout()
    {
        var (client, sandbox, _, admin) = await SdkAsync(o => (o.Timeout, o.Retry.MaxRetries) = (TimeSpan.FromMilliseconds(300), 0));
        using var _c = client;
        using var _a = admin;
        await FaultAsync(sandbox, new FaultRequest { Method = "GET", Path = "/v2/partners/coupons", DelayMs = 10_000 });

        var watch = Stopwatch.StartNew();
        var slow = await Record.ExceptionAsync(() => client.Coupons.GetAsync());
        Assert.True(slow is TimeoutException, slow?.ToString());

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Cancellation_stops_a_request_and_its_retries_promptly()
    {
        var (client, sandbox, _, admin) = await SdkAsync();
        using var _c = client;
        using var _a = admin;
        await FaultAsync(sandbox, new FaultRequest { Method = "GET", Path = "/v2/partners/coupons", Count = 5, DelayMs = 10_000 });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var watch = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Coupons.GetAsync(cancellationToken: cancel.Token));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.Single(await JournalAsync(sandbox, "/v2/partners/coupons"));
    }

    [Fact]
    public async Task The_token_is_in_no_exception_message_ToString_or_journal()
    {
        var (client, sandbox, token, admin) = await SdkAsync(o => o.Retry.MaxRetries = 0);
        using var _c = client;
        using var _a = admin;
        var errors = new List<Exception>
        {
            await Assert.ThrowsAnyAsync<Exception>(() => client.Affiliates.Livechat.Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = "x", TrialDuration = 1 })),
            await Assert.ThrowsAnyAsync<Exception>(() => client.Resellers.Licenses["nope"].GetAsync()),
        };
        await FaultAsync(sandbox, new FaultRequest { Method = "GET", Path = "/v2/partners/coupons", Status = 500 });
        errors.Add(await Assert.ThrowsAnyAsync<Exception>(() => client.Coupons.GetAsync()));
        await FaultAsync(sandbox, new FaultRequest { Method = "GET", Path = "/v2/partners/coupons", Drop = true });
        errors.Add(await Assert.ThrowsAnyAsync<Exception>(() => client.Coupons.GetAsync()));

        Assert.All(errors, e =>
        {
            Assert.DoesNotContain(token, e.Message);
            Assert.DoesNotContain(token, e.ToString());
            Assert.DoesNotContain(token, (e as ErrorResponse)?.RawBody ?? string.Empty);
        });
        Assert.DoesNotContain(token, (await Json.ResultAsync(admin, $"/_mock/sandboxes/{sandbox.PartnerId}/journal")).ToString());
        Assert.DoesNotContain(token, client.ToString());
    }
}
