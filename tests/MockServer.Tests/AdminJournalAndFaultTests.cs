using System.Net;
using System.Net.Http.Headers;
using LiveChat.Partners.Mock.Tests.Infrastructure;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>The request journal (secrets redacted), fault injection and Prefer-forced responses.</summary>
[Collection(MockServerCollection.Name)]
public sealed class AdminJournalAndFaultTests(MockServerFixture server)
{
    [Fact]
    public async Task The_journal_records_requests_without_secrets()
    {
        var api = await server.NewSandboxAsync();
        await api.PutAsync("/password", new { current_password = api.Password, new_password = "new-secret" });
        await api.GetAsync("/coupons?x=1");
        var journal = await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Get, "/journal"), HttpStatusCode.OK);
        var entries = journal["result"]!.ToList();
        Assert.Equal(2, entries.Count);
        var password = entries[0];
        Assert.Equal("PUT", (string?)password["method"]);
        Assert.Equal("/v2/partners/password", (string?)password["path"]);
        Assert.Equal("changePassword", (string?)password["operation_id"]);
        Assert.Equal(200, (int)password["status"]!);
        Assert.Equal("[redacted]", (string?)password["headers"]!["Authorization"]);
        var body = JObject.Parse((string)password["body"]!);
        Assert.Equal("[redacted]", (string?)body["current_password"]);
        Assert.Equal("[redacted]", (string?)body["new_password"]);
        Assert.DoesNotContain(api.Password, journal.ToString());
        Assert.DoesNotContain(api.Token, journal.ToString());
        Assert.Equal("1", (string?)entries[1]["query"]!["x"]);
        Assert.Equal(HttpStatusCode.NoContent, (await api.AdminAsync(HttpMethod.Delete, "/journal")).StatusCode);
        Assert.Empty((await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Get, "/journal"), HttpStatusCode.OK))["result"]!);
    }

    [Fact]
    public async Task The_journal_keeps_the_fields_that_are_not_secret()
    {
        var api = await server.NewSandboxAsync();
        await api.PostAsync("/tokens", new { label = "journal label" });
        var licenses = await Expect.JsonAsync(await api.GetAsync("/resellers/licenses"), HttpStatusCode.OK);
        var license = (string)licenses["result"]![0]!["license"]!;
        await api.SendJsonAsync(HttpMethod.Delete, $"/resellers/licenses/{license}/subscription", new { password = api.Password, expire = true });

        var entries = (await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Get, "/journal"), HttpStatusCode.OK))["result"]!.ToList();

        Assert.Equal("journal label", (string?)JObject.Parse((string)entries[0]["body"]!)["label"]);
        var close = JObject.Parse((string)entries[2]["body"]!);
        Assert.Equal("[redacted]", (string?)close["password"]);
        Assert.True((bool)close["expire"]!);
    }

    [Fact]
    public async Task A_status_fault_hits_the_next_n_matching_requests()
    {
        var api = await server.NewSandboxAsync();
        var rule = await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Post, "/faults", new { method = "GET", path = "/v2/partners/coupons", count = 2, status = 503 }), HttpStatusCode.Created);
        Assert.Equal(2, (int)rule["remaining"]!);
        await Expect.JsonAsync(await api.GetAsync("/earnings"), HttpStatusCode.OK);
        await Expect.ErrorAsync(await api.GetAsync("/coupons"), HttpStatusCode.ServiceUnavailable, "service_unavailable");
        await Expect.ErrorAsync(await api.GetAsync("/coupons"), HttpStatusCode.ServiceUnavailable, "service_unavailable");
        await Expect.JsonAsync(await api.GetAsync("/coupons"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_429_fault_sends_retry_after()
    {
        var api = await server.NewSandboxAsync();
        await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Post, "/faults", new { path = "/v2/partners/*", status = 429, retry_after = 7 }), HttpStatusCode.Created);
        var response = await api.GetAsync("/stats");
        await Expect.ErrorAsync(response, HttpStatusCode.TooManyRequests, "too_many_requests");
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task A_delay_fault_slows_the_request_down()
    {
        var api = await server.NewSandboxAsync();
        await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Post, "/faults", new { path = "/v2/partners/coupons", delay_ms = 300 }), HttpStatusCode.Created);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await Expect.JsonAsync(await api.GetAsync("/coupons"), HttpStatusCode.OK);
        Assert.True(watch.ElapsedMilliseconds >= 290, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task A_drop_fault_drops_the_connection()
    {
        var api = await server.NewSandboxAsync();
        await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Post, "/faults", new { method = "GET", path = "/v2/partners/coupons", drop = true }), HttpStatusCode.Created);
        await Assert.ThrowsAnyAsync<Exception>(() => api.GetAsync("/coupons"));
        await Expect.JsonAsync(await api.GetAsync("/coupons"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Faults_are_listed_and_cleared()
    {
        var api = await server.NewSandboxAsync();
        await api.AdminAsync(HttpMethod.Post, "/faults", new { path = "/v2/partners/coupons", status = 500, count = 5 });
        Assert.Single((await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Get, "/faults"), HttpStatusCode.OK))["result"]!);
        await api.AdminAsync(HttpMethod.Delete, "/faults");
        await Expect.JsonAsync(await api.GetAsync("/coupons"), HttpStatusCode.OK);
        await Expect.ErrorAsync(await api.AdminAsync(HttpMethod.Post, "/faults", new { path = "coupons", status = 500 }), HttpStatusCode.BadRequest, "validation", "path");
        await Expect.ErrorAsync(await api.AdminAsync(HttpMethod.Post, "/faults", new { path = "/x", status = 200 }), HttpStatusCode.BadRequest, "validation", "status");
    }

    [Fact]
    public async Task Faults_touch_only_their_sandbox()
    {
        var api = await server.NewSandboxAsync();
        var other = await server.NewSandboxAsync();
        await api.AdminAsync(HttpMethod.Post, "/faults", new { path = "/v2/partners/coupons", status = 500 });
        await Expect.JsonAsync(await other.GetAsync("/coupons"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Prefer_code_forces_the_documented_response()
    {
        var api = await server.NewSandboxAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/v2/partners/resellers/licenses/123");
        request.Headers.TryAddWithoutValidation("Prefer", "code=404");
        await Expect.ErrorAsync(await api.Http.SendAsync(request), HttpStatusCode.NotFound, "not_found");

        request = new HttpRequestMessage(HttpMethod.Get, "/v2/partners/experts/profile");
        request.Headers.TryAddWithoutValidation("Prefer", "code=200");
        var example = await Expect.JsonAsync(await api.Http.SendAsync(request), HttpStatusCode.OK);
        Assert.False(string.IsNullOrEmpty((string?)example["company"]));
    }

    [Fact]
    public async Task Prefer_an_undocumented_code_is_400()
    {
        var api = await server.NewSandboxAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/v2/partners/coupons");
        request.Headers.TryAddWithoutValidation("Prefer", "code=418");
        await Expect.ErrorAsync(await api.Http.SendAsync(request), HttpStatusCode.BadRequest, "validation", "Prefer");
    }

    [Fact]
    public async Task Prefer_still_requires_auth()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/v2/partners/coupons");
        request.Headers.TryAddWithoutValidation("Prefer", "code=200");
        await Expect.ErrorAsync(await server.Anonymous().SendAsync(request), HttpStatusCode.Unauthorized, "authentication");
    }
}
