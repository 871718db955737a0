using System.Net;
using LiveChat.Partners.Mock.Tests.Infrastructure;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>Health, and the reference served at /docs with nothing loaded from elsewhere.</summary>
[Collection(MockServerCollection.Name)]
public sealed class DocsAndHealthTests(MockServerFixture server)
{
    [Fact]
    public async Task Health_is_ok()
    {
        var body = await Expect.JsonAsync(await server.Anonymous().GetAsync("/health"), HttpStatusCode.OK);
        Assert.Equal("ok", (string?)body["status"]);
    }

    [Fact]
    public async Task Docs_page_lists_every_operation_and_loads_nothing_from_outside()
    {
        var response = await server.Anonymous().GetAsync("/docs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("createLiveChatCampaign", html);
        Assert.Contains("/js/v1/token", html);
        Assert.DoesNotMatch("<script[^>]+src=\"?https?:", html);
        Assert.DoesNotMatch("<link[^>]+href=\"?https?:", html);
        if (response.Headers.TryGetValues("Content-Security-Policy", out var policy))
        {
            // The Redoc rendering (npm run docs): the browser may load nothing from anywhere.
            Assert.StartsWith("default-src 'none'", policy.Single());
            Assert.DoesNotContain("http", policy.Single());
        }
    }

    [Fact]
    public async Task Docs_serves_the_raw_yaml()
    {
        var yaml = await (await server.Anonymous().GetAsync("/docs/livechat-partners.yaml")).Content.ReadAsStringAsync();
        Assert.StartsWith("openapi: 3.0.3", yaml);
    }
}
