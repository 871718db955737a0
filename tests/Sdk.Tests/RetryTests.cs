using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using LiveChat.Partners.Models;

namespace LiveChat.Partners.Tests;

/// <summary>Retries: 429/502/503/504 and connection failures, backoff with jitter and cap, Retry-After, no POST retry.</summary>
public class RetryTests
{
    private static (LiveChatPartnersClient Client, StubHandler Stub, TimerWatchingTimeProvider Time) Create(Action<LiveChatPartnersClientOptions>? configure = null)
    {
        var stub = new StubHandler();
        var time = new TimerWatchingTimeProvider();
        var client = TestClients.Create(stub, time: time, configure: o =>
        {
            o.Retry.InitialDelay = TimeSpan.FromSeconds(1);
            o.Retry.MaxDelay = TimeSpan.FromSeconds(8);
            configure?.Invoke(o);
        });
        return (client, stub, time);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Transient_status_on_a_get_is_retried_after_a_backoff(int status)
    {
        var (client, stub, time) = Create();
        stub.Then((HttpStatusCode)status).Then(HttpStatusCode.OK, """{"result":[]}""");

        var call = client.Tokens.GetAsync();
        await stub.WaitForRequestsAsync(1);
        await time.WaitForTimersAsync(1);
        time.Advance(TimeSpan.FromMilliseconds(499)); // the first backoff is between 0.5 s and 1 s: no timer is due
        Assert.Equal(1, stub.Count);
        time.Advance(TimeSpan.FromMilliseconds(501));

        var result = await call.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.NotNull(result);
        Assert.Equal(2, stub.Count);
        Assert.Equal(stub.Requests[0].Authorization, stub.Requests[1].Authorization);
        AssertBackoff(Assert.Single(time.Waits), upperSeconds: 1);
    }

    [Fact]
    public async Task Backoff_grows_exponentially_up_to_the_cap_then_the_last_answer_surfaces()
    {
        var (client, stub, time) = Create(o => o.Retry.MaxRetries = 5);
        stub.Default = _ => StubHandler.Json(HttpStatusCode.ServiceUnavailable, """{"error":{"type":"service_unavailable","message":"down"}}""");

        var call = client.Tokens.GetAsync();
        // Upper bounds of the delays: 1, 2, 4, 8 (cap), 8 (cap) seconds.
        foreach (var (before, upper) in new[] { (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 8.0) })
        {
            await stub.WaitForRequestsAsync(before);
            await time.WaitForTimersAsync(before);
            time.Advance(TimeSpan.FromSeconds(upper / 2) - TimeSpan.FromMilliseconds(1)); // below the lower bound: no retry yet
            Assert.Equal(before, stub.Count);
            time.Advance(TimeSpan.FromSeconds(upper / 2) + TimeSpan.FromMilliseconds(1));
        }

        var error = await Assert.ThrowsAsync<ErrorResponse>(() => call.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(6, stub.Count);
        Assert.Collection(
            time.Waits,
            w => AssertBackoff(w, upperSeconds: 1),
            w => AssertBackoff(w, upperSeconds: 2),
            w => AssertBackoff(w, upperSeconds: 4),
            w => AssertBackoff(w, upperSeconds: 8),
            w => AssertBackoff(w, upperSeconds: 8));
    }

    [Theory]
    [InlineData(1, 0.0, 500)]
    [InlineData(1, 0.5, 750)]
    [InlineData(1, 1.0, 1000)]
    [InlineData(2, 0.0, 1000)]
    [InlineData(3, 1.0, 4000)]
    [InlineData(4, 0.0, 4000)]
    [InlineData(5, 1.0, 8000)] // 16 s, capped at MaxDelay
    [InlineData(40, 0.0, 4000)] // the exponent is capped too: no overflow
    public void Backoff_is_initial_delay_times_two_to_the_retry_minus_one_capped_with_equal_jitter(int retry, double random, int expectedMilliseconds)
    {
        var policy = RetryPolicy.From(new LiveChatPartnersRetryOptions { InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(8) });

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), policy.BackoffDelay(retry, random));
    }

    [Fact]
    public async Task Retry_after_seconds_is_honoured_instead_of_the_backoff()
    {
        var (client, stub, time) = Create();
        stub.Then(HttpStatusCode.TooManyRequests, "{}", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)))
            .Then(HttpStatusCode.OK);

        var call = client.GetAsync();
        await stub.WaitForRequestsAsync(1);
        await time.WaitForTimersAsync(1);
        time.Advance(TimeSpan.FromSeconds(6.9));
        Assert.Equal(1, stub.Count);
        time.Advance(TimeSpan.FromSeconds(0.1));

        await call.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(2, stub.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], time.Waits);
    }

    [Fact]
    public async Task Retry_after_http_date_is_honoured()
    {
        var (client, stub, time) = Create();
        var at = time.GetUtcNow().AddSeconds(3);
        stub.Then(HttpStatusCode.ServiceUnavailable, "{}", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(at))
            .Then(HttpStatusCode.OK);

        var call = client.GetAsync();
        await stub.WaitForRequestsAsync(1);
        await time.WaitForTimersAsync(1);
        time.Advance(TimeSpan.FromSeconds(2.5));
        Assert.Equal(1, stub.Count);
        time.Advance(TimeSpan.FromSeconds(0.5));

        await call.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(2, stub.Count);
        Assert.Equal([TimeSpan.FromSeconds(3)], time.Waits); // the fake clock stands still until advanced: exactly 3 s
    }

    [Fact]
    public async Task Retry_after_longer_than_the_maximum_is_not_waited_for()
    {
        var (client, stub, time) = Create(o => o.Retry.MaxRetryAfter = TimeSpan.FromSeconds(30));
        stub.Then(HttpStatusCode.TooManyRequests, """{"error":{"type":"too_many_requests","message":"slow down"}}""",
            r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(120)));

        var error = await Assert.ThrowsAsync<ErrorResponse>(() => client.GetAsync().WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Equal(1, stub.Count);
        Assert.Empty(time.Waits);
    }

    [Fact]
    public async Task A_post_that_reached_the_server_is_never_retried()
    {
        var (client, stub, _) = Create();
        stub.Then(HttpStatusCode.ServiceUnavailable).Then(HttpStatusCode.Created);

        await Assert.ThrowsAsync<ErrorResponse>(() =>
            client.Tokens.PostAsync(new Models.CreateApiTokenRequest { Label = "my token" }).WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.Equal(1, stub.Count);
    }

    [Fact]
    public async Task A_post_whose_connection_was_refused_is_retried()
    {
        var (client, stub, time) = Create();
        stub.ThenThrow(new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)))
            .Then(HttpStatusCode.Created, """{"id":1,"token":"t","label":"my token","creation_timestamp":"2018-03-06 15:14:26"}""");

        var call = client.Tokens.PostAsync(new Models.CreateApiTokenRequest { Label = "my token" });
        await stub.WaitForRequestsAsync(1);
        await time.WaitForTimersAsync(1);
        time.Advance(TimeSpan.FromSeconds(1));

        var token = await call.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1, token!.Id);
        Assert.Equal(2, stub.Count);
        AssertBackoff(Assert.Single(time.Waits), upperSeconds: 1);
        Assert.Equal(stub.Requests[0].Body, stub.Requests[1].Body);
    }

    [Fact]
    public async Task A_post_that_failed_after_sending_is_not_retried()
    {
        var (client, stub, _) = Create();
        stub.ThenThrow(new HttpRequestException("The response ended prematurely."));

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            client.Affiliates.Withdrawals.PostAsync().WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.Equal(1, stub.Count);
    }

    [Fact]
    public async Task A_put_is_retried_with_the_same_body()
    {
        var (client, stub, time) = Create();
        stub.Then(HttpStatusCode.BadGateway).Then(HttpStatusCode.OK);

        var call = client.Password.PutAsync(new Models.ChangePasswordRequest { CurrentPassword = "old-secret", NewPassword = "new-secret" });
        await stub.WaitForRequestsAsync(1);
        time.Advance(TimeSpan.FromSeconds(1));
        await call.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(2, stub.Count);
        Assert.Contains("new-secret", stub.Requests[1].Body);
        Assert.Equal(stub.Requests[0].Body, stub.Requests[1].Body);
    }

    [Fact]
    public async Task Connection_failure_on_a_get_is_retried()
    {
        var (client, stub, time) = Create();
        stub.ThenThrow(new HttpRequestException("reset")).Then(HttpStatusCode.OK);

        var call = client.GetAsync();
        await stub.WaitForRequestsAsync(1);
        time.Advance(TimeSpan.FromSeconds(1));
        await call.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(2, stub.Count);
    }

    [Fact]
    public async Task Retries_can_be_switched_off()
    {
        var (client, stub, _) = Create(o => o.Retry.MaxRetries = 0);
        stub.Then(HttpStatusCode.ServiceUnavailable).Then(HttpStatusCode.OK);

        await Assert.ThrowsAsync<ErrorResponse>(() => client.GetAsync().WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(1, stub.Count);
    }

    [Fact]
    public async Task Client_errors_are_not_retried()
    {
        var (client, stub, _) = Create();
        stub.Then(HttpStatusCode.InternalServerError);

        await Assert.ThrowsAsync<ErrorResponse>(() => client.GetAsync().WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(1, stub.Count);
    }

    [Fact]
    public async Task An_attempt_that_exceeds_the_timeout_fails_with_a_timeout_exception()
    {
        var time = new FakeTimeProvider();
        var slow = new SlowHandler();
        using var client = new LiveChatPartnersClient(new LiveChatPartnersClientOptions
        {
            Token = TestClients.Token,
            HttpMessageHandler = slow,
            TimeProvider = time,
            Timeout = TimeSpan.FromSeconds(10),
            Retry = { MaxRetries = 0 },
        });

        var call = client.GetAsync();
        await slow.Started.Task.WaitAsync(TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => call.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Contains("10 s", error.Message);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_retried()
    {
        var (client, _, _) = Create();
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync(cancellationToken: cts.Token));
    }

    /// <summary>
    /// A backoff before a retry whose exponential delay is <paramref name="upperSeconds"/>: with equal jitter, between
    /// half of it (inclusive) and all of it (<see cref="LiveChatPartnersRetryOptions.InitialDelay"/>'s documentation).
    /// </summary>
    private static void AssertBackoff(TimeSpan wait, double upperSeconds) =>
        Assert.InRange(wait, TimeSpan.FromSeconds(upperSeconds / 2), TimeSpan.FromSeconds(upperSeconds));

    /// <summary>Never answers until cancelled.</summary>
    private sealed class SlowHandler : HttpMessageHandler
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
