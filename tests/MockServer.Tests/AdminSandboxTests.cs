using System.Net;
using System.Net.Http.Headers;
using LiveChat.Partners.Mock.Tests.Infrastructure;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>The admin API: sandboxes (create, isolation, reset, delete) and state setters.</summary>
[Collection(MockServerCollection.Name)]
public sealed class AdminSandboxTests(MockServerFixture server)
{
    [Fact]
    public async Task Create_answers_201_with_credentials()
    {
        var response = await server.Anonymous().PostAsync("/_mock/sandboxes", null);
        var body = await Expect.JsonAsync(response, HttpStatusCode.Created);
        foreach (var property in new[] { "partner_id", "login", "password", "token" })
        {
            Assert.False(string.IsNullOrEmpty((string?)body[property]), property);
        }
    }

    [Fact]
    public async Task Create_with_a_fixed_token_and_id()
    {
        var id = "fixed" + Guid.NewGuid().ToString("N")[..8];
        var response = await server.Anonymous().PostAsync("/_mock/sandboxes", SandboxClient.Json(new { partner_id = id, token = "tok-" + id }));
        await Expect.JsonAsync(response, HttpStatusCode.Created);
        var client = server.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "tok-" + id);
        Assert.Equal(id, (string?)(await Expect.JsonAsync(await client.GetAsync("/v2/partners"), HttpStatusCode.OK))["partner_id"]);
        await Expect.ErrorAsync(await server.Anonymous().PostAsync("/_mock/sandboxes", SandboxClient.Json(new { partner_id = id })), HttpStatusCode.Conflict, "conflict");
        await Expect.ErrorAsync(await server.Anonymous().PostAsync("/_mock/sandboxes", SandboxClient.Json(new { partner_id = "Bad Id!" })), HttpStatusCode.BadRequest, "validation", "partner_id");
    }

    [Fact]
    public async Task Sandboxes_are_isolated()
    {
        var first = await server.NewSandboxAsync();
        var second = await server.NewSandboxAsync();
        await Expect.JsonAsync(await first.PostAsync("/affiliates/livechat/campaigns", new { name = "Only in first", trial_duration = 20 }), HttpStatusCode.Created);
        var active = await Expect.JsonAsync(await second.GetAsync("/affiliates/livechat/campaigns/active"), HttpStatusCode.OK);
        Assert.DoesNotContain(active["result"]!, c => (string?)c["name"] == "Only in first");
        await Expect.JsonAsync(await second.PostAsync("/affiliates/livechat/campaigns", new { name = "Only in first", trial_duration = 20 }), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Reset_restores_the_seed_and_keeps_the_token()
    {
        var api = await server.NewSandboxAsync();
        await api.DeleteAsync("/affiliates/livechat/campaigns/pp_hello-world");
        var extra = await Expect.JsonAsync(await api.PostAsync("/tokens", new { label = "temporary" }), HttpStatusCode.Created);
        await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Post, "/reset"), HttpStatusCode.OK);
        var active = await Expect.JsonAsync(await api.GetAsync("/affiliates/livechat/campaigns/active"), HttpStatusCode.OK);
        Assert.Contains(active["result"]!, c => (string?)c["slug"] == "pp_hello-world");
        var client = server.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)extra["token"]!);
        await Expect.ErrorAsync(await client.GetAsync("/v2/partners"), HttpStatusCode.Unauthorized, "authentication");
    }

    [Fact]
    public async Task Delete_makes_the_token_unknown()
    {
        var api = await server.NewSandboxAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await api.AdminAsync(HttpMethod.Delete, string.Empty)).StatusCode);
        await Expect.ErrorAsync(await api.GetAsync(string.Empty), HttpStatusCode.Unauthorized, "authentication");
        await Expect.ErrorAsync(await api.AdminAsync(HttpMethod.Delete, string.Empty), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Balance_setter()
    {
        var api = await server.NewSandboxAsync();
        await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Put, "/balance", new { balance = 1234.5 }), HttpStatusCode.OK);
        Assert.Equal(1234.5m, (decimal)(await Expect.JsonAsync(await api.GetAsync("/earnings"), HttpStatusCode.OK))["balance"]!);
        await Expect.ErrorAsync(await api.AdminAsync(HttpMethod.Put, "/balance", new { balance = -1 }), HttpStatusCode.BadRequest, "validation", "balance");
    }

    [Fact]
    public async Task Expert_setter()
    {
        var api = await server.NewSandboxAsync();
        await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Put, "/expert", new { status = "verified" }), HttpStatusCode.OK);
        var profile = await Expect.JsonAsync(await api.GetAsync("/experts/profile"), HttpStatusCode.OK);
        Assert.Equal("verified", (string?)profile["status"]);
        await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Put, "/expert", new { status = "none" }), HttpStatusCode.OK);
        await Expect.ErrorAsync(await api.GetAsync("/experts/stats"), HttpStatusCode.Forbidden, "authorization");
        await Expect.ErrorAsync(await api.AdminAsync(HttpMethod.Put, "/expert", new { status = "famous" }), HttpStatusCode.BadRequest, "validation", "status");
    }

    [Fact]
    public async Task License_flag_setter()
    {
        var api = await server.NewSandboxAsync();
        await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Patch, "/licenses/123", new { paid = false, expired = true }), HttpStatusCode.OK);
        var license = await Expect.JsonAsync(await api.GetAsync("/resellers/licenses/123"), HttpStatusCode.OK);
        Assert.False((bool)license["paid"]!);
        Assert.True((bool)license["expired"]!);
        await Expect.ErrorAsync(await api.AdminAsync(HttpMethod.Patch, "/licenses/999", new { paid = true }), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Unknown_sandbox_and_admin_path_are_404()
    {
        await Expect.ErrorAsync(await server.Anonymous().GetAsync("/_mock/sandboxes/nobody"), HttpStatusCode.NotFound, "not_found");
        await Expect.ErrorAsync(await server.Anonymous().GetAsync("/_mock/whatever"), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Malformed_admin_json_is_400()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.AdminAsync(HttpMethod.Put, "/balance", "{\"balance\": "), HttpStatusCode.BadRequest, "validation", "body");
    }
}
