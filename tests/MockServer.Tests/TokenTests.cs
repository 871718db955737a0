using System.Net;
using System.Net.Http.Headers;
using LiveChat.Partners.Mock.Tests.Infrastructure;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>API tokens: create (201; 409 on a taken label; 400 under 3 characters), list, revoke.</summary>
[Collection(MockServerCollection.Name)]
public sealed class TokenTests(MockServerFixture server)
{
    [Fact]
    public async Task A_created_token_authenticates_for_the_sandbox()
    {
        var api = await server.NewSandboxAsync();
        var token = await Expect.JsonAsync(await api.PostAsync("/tokens", new { label = "CI token" }), HttpStatusCode.Created);
        Assert.Equal("CI token", (string?)token["label"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", (string?)token["creation_timestamp"]);
        var client = server.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token["token"]!);
        var profile = await Expect.JsonAsync(await client.GetAsync("/v2/partners"), HttpStatusCode.OK);
        Assert.Equal(api.PartnerId, (string?)profile["partner_id"]);
    }

    [Fact]
    public async Task A_taken_label_is_409()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.PostAsync("/tokens", new { label = "My first API token" }), HttpStatusCode.Conflict, "conflict", "label");
    }

    [Fact]
    public async Task A_label_under_3_characters_is_400()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.PostAsync("/tokens", new { label = "ab" }), HttpStatusCode.BadRequest, "validation", "label");
    }

    [Fact]
    public async Task The_list_is_newest_first()
    {
        var api = await server.NewSandboxAsync();
        await api.PostAsync("/tokens", new { label = "third" });
        var list = await Expect.JsonAsync(await api.GetAsync("/tokens"), HttpStatusCode.OK);
        Assert.Equal([3L, 2L, 1L], list["result"]!.Select(t => (long)t["id"]!));
    }

    [Fact]
    public async Task A_revoked_token_is_401()
    {
        var api = await server.NewSandboxAsync();
        var token = await Expect.JsonAsync(await api.PostAsync("/tokens", new { label = "short lived" }), HttpStatusCode.Created);
        await Expect.JsonAsync(await api.DeleteAsync($"/tokens/{token["id"]}"), HttpStatusCode.OK);
        var client = server.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token["token"]!);
        await Expect.ErrorAsync(await client.GetAsync("/v2/partners"), HttpStatusCode.Unauthorized, "authentication");
        var list = await Expect.JsonAsync(await api.GetAsync("/tokens"), HttpStatusCode.OK);
        Assert.DoesNotContain(list["result"]!, t => (string?)t["label"] == "short lived");
    }

    [Fact]
    public async Task Revoking_an_unknown_token_is_400()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.DeleteAsync("/tokens/999"), HttpStatusCode.BadRequest, "validation", "token_id");
    }
}
