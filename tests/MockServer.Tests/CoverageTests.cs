using System.Net;
using System.Net.Http.Headers;
using LiveChat.Partners.Mock.Tests.Infrastructure;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>
/// The coverage report (<c>GET /_mock/sandboxes/{partner_id}/coverage</c>, <c>GET /_mock/coverage</c>): per operation
/// of the document, its documented statuses with the counts the partner's requests produced, the ones never seen,
/// and a Markdown rendering.
/// </summary>
[Collection(MockServerCollection.Name)]
public sealed class CoverageTests(MockServerFixture server)
{
    private static readonly object NewLicense = new { client_name = "Cover Client", client_email = "cover@client.com", payment_origin = "client" };

    private static async Task<JToken> CoverageAsync(SandboxClient api) =>
        await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Get, "/coverage"), HttpStatusCode.OK);

    private static JToken Operation(JToken report, string operationId) =>
        report["operations"]!.Single(o => (string?)o["operation_id"] == operationId);

    private static long Count(JToken operation, int status) =>
        (long)operation["statuses"]!.Single(s => (int)s["status"]! == status)["count"]!;

    private static async Task ExerciseAsync(SandboxClient api)
    {
        await Expect.JsonAsync(await api.PostAsync("/solutions/licenses", NewLicense), HttpStatusCode.Created);
        await Expect.ErrorAsync(await api.PostAsync("/solutions/licenses", NewLicense), HttpStatusCode.Conflict, "conflict");
        await Expect.ErrorAsync(await api.PostAsync("/solutions/licenses", new { client_name = "No email" }), HttpStatusCode.BadRequest, "validation");
        await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Post, "/faults", new { method = "GET", path = "/v2/partners/coupons", status = 429 }), HttpStatusCode.Created);
        Assert.Equal((HttpStatusCode)429, (await api.GetAsync("/coupons")).StatusCode);
        await Expect.JsonAsync(await api.GetAsync("/coupons"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_fresh_sandbox_covers_nothing_of_every_operation_in_the_document()
    {
        var report = await CoverageAsync(await server.NewSandboxAsync());
        Assert.Equal("sandbox", (string?)report["scope"]);
        Assert.Equal(0, (long)report["requests"]!);
        Assert.Equal(0, (int)report["operations_called"]!);
        Assert.True((int)report["operations_total"]! >= 60, "every operation of the Partner API document");
        Assert.Equal((int)report["operations_total"]!, report["operations"]!.Count());
        var create = Operation(report, "createLicense");
        Assert.Equal("POST", (string?)create["method"]);
        Assert.Equal([201, 400, 401, 403, 409, 413, 415, 429], create["statuses"]!.Select(s => (int)s["status"]!).Order());
        Assert.Equal(create["statuses"]!.Count(), create["never_seen"]!.Count());
    }

    [Fact]
    public async Task Each_status_a_request_got_is_counted_with_who_answered()
    {
        var api = await server.NewSandboxAsync();
        await ExerciseAsync(api);
        var report = await CoverageAsync(api);
        Assert.Equal(5, (long)report["requests"]!);
        Assert.Equal(2, (int)report["operations_called"]!);

        var create = Operation(report, "createLicense");
        Assert.Equal(1, Count(create, 201));
        Assert.Equal(1, Count(create, 409));
        Assert.Equal(1, Count(create, 400));
        Assert.Equal(1, (long)create["statuses"]!.Single(s => (int)s["status"]! == 400)["origins"]!["validation"]!);
        Assert.DoesNotContain(409, create["never_seen"]!.Select(s => (int)s));
        Assert.Contains(429, create["never_seen"]!.Select(s => (int)s));

        var coupons = Operation(report, "getActiveCoupons");
        Assert.Equal(1, Count(coupons, 200));
        var undocumented = Assert.Single(coupons["undocumented"]!);
        Assert.Equal(429, (int)undocumented["status"]!); // getActiveCoupons does not document 429: an injected fault
        Assert.False((bool)undocumented["documented"]!);
        Assert.Equal(1, (long)undocumented["origins"]!["fault"]!);
    }

    [Fact]
    public async Task Markdown_says_what_the_integration_never_saw()
    {
        var api = await server.NewSandboxAsync();
        await ExerciseAsync(api);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/_mock/sandboxes/{api.PartnerId}/coverage");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/markdown"));
        var response = await api.Anonymous.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        var markdown = await response.Content.ReadAsStringAsync();
        Assert.Contains($"# API coverage: sandbox `{api.PartnerId}`", markdown);
        Assert.Contains("5 requests; 2 of ", markdown);
        Assert.Contains("- never handled a **401** on any operation", markdown);
        Assert.DoesNotContain("never handled a **429**", markdown); // the injected 429 on getActiveCoupons was handled
        Assert.Contains("on `createLicense`", markdown);
        Assert.Contains("- never saw a 401, a 403, a 413, a 415, a 429 on `createLicense`", markdown);
        Assert.Contains("| `createLicense` | `POST /v2/partners/solutions/licenses` | 201 ×1, 400 ×1, 409 ×1 |", markdown);
        Assert.Contains("`getProfile`", markdown[markdown.IndexOf("## Operations never called", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task Clearing_the_journal_keeps_the_coverage_and_a_reset_clears_it()
    {
        var api = await server.NewSandboxAsync();
        await Expect.JsonAsync(await api.GetAsync("/coupons"), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NoContent, (await api.AdminAsync(HttpMethod.Delete, "/journal")).StatusCode);
        Assert.Equal(1, (long)(await CoverageAsync(api))["requests"]!);
        await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Post, "/reset"), HttpStatusCode.OK);
        Assert.Equal(0, (long)(await CoverageAsync(api))["requests"]!);
    }

    [Fact]
    public async Task The_server_report_counts_every_sandbox_also_deleted_ones()
    {
        async Task<long> ServerCountAsync()
        {
            var report = await Expect.JsonAsync(await server.Anonymous().GetAsync("/_mock/coverage"), HttpStatusCode.OK);
            Assert.Equal("server", (string?)report["scope"]);
            Assert.Equal(JTokenType.Null, report["partner_id"]!.Type);
            return Count(Operation(report, "getLicenseDetails"), 404);
        }

        var before = await ServerCountAsync();
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.GetAsync("/resellers/licenses/999999"), HttpStatusCode.NotFound, "not_found");
        Assert.Equal(HttpStatusCode.NoContent, (await server.Anonymous().DeleteAsync($"/_mock/sandboxes/{api.PartnerId}")).StatusCode);
        Assert.True(await ServerCountAsync() >= before + 1);
    }

    [Fact]
    public async Task An_unknown_sandbox_has_no_coverage()
    {
        await Expect.ErrorAsync(await server.Anonymous().GetAsync("/_mock/sandboxes/nosuchsandbox/coverage"), HttpStatusCode.NotFound, "not_found", "partner_id");
    }
}
