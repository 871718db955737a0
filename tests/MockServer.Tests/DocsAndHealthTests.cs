using System.Net;
using System.Text.RegularExpressions;
using LiveChat.Partners.Mock.Tests.Infrastructure;
using LiveChat.Partners.TestSupport;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>
/// Health, and the reference served at /docs with nothing loaded from elsewhere. What the page shows once
/// a browser renders it (every operation, no request off the machine) is checked in headless Chromium by
/// tests/DocsBrowser.
/// </summary>
[Collection(MockServerCollection.Name)]
public sealed partial class DocsAndHealthTests(MockServerFixture server)
{
    [Fact]
    public async Task Health_is_ok()
    {
        var body = await Expect.JsonAsync(await server.Anonymous().GetAsync("/health"), HttpStatusCode.OK);
        Assert.Equal("ok", (string?)body["status"]);
    }

    [Fact]
    public async Task Docs_redirects_to_the_reference_page()
    {
        var response = await server.Anonymous().GetAsync("/docs");
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("docs/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Docs_page_may_load_and_call_nothing_but_this_server()
    {
        var response = await server.Anonymous().GetAsync("/docs/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var values), "the page has no Content-Security-Policy");
        var directives = values.Single().Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToArray());

        Assert.Equal(["'none'"], directives["default-src"]);
        Assert.Equal(["'self'"], directives["connect-src"]);
        Assert.Equal(["'none'"], directives["base-uri"]);
        foreach (var (name, sources) in directives)
        {
            Assert.All(sources, source => Assert.True(source is "'self'" or "'none'" or "'unsafe-inline'" or "data:" or "blob:" || source.StartsWith("'nonce-", StringComparison.Ordinal), $"{name} allows {source}"));
        }

        // Scripts run only from this server and only with this response's nonce.
        Assert.DoesNotContain("'unsafe-inline'", directives["script-src"]);
        var nonce = Assert.Single(directives["script-src"], s => s.StartsWith("'nonce-", StringComparison.Ordinal))[7..^1];
        var html = await response.Content.ReadAsStringAsync();
        var scripts = ScriptTag().Matches(html);
        Assert.NotEmpty(scripts);
        Assert.All(scripts, script => Assert.Contains($"nonce=\"{nonce}\"", script.Value));
        Assert.DoesNotMatch("<(script|link|img)[^>]+(src|href)=\"?(https?:)?//", html);

        var next = await server.Anonymous().GetAsync("/docs/");
        Assert.NotEqual(values.Single(), next.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Docs_page_reads_the_served_document_and_tries_requests_on_this_mock()
    {
        var html = await (await server.Anonymous().GetAsync("/docs/")).Content.ReadAsStringAsync();
        var configuration = JObject.Parse(Configuration().Match(html).Groups["json"].Value);

        Assert.Equal("docs/livechat-partners.yaml", (string?)configuration["sources"]?.Single()["url"]);
        Assert.Equal(["http://localhost/v2/partners", "http://localhost"], configuration["servers"]!.Select(s => (string?)s["url"]));
        Assert.False((bool?)configuration["telemetry"]);
        Assert.False((bool?)configuration["withDefaultFonts"]);
        Assert.True((bool?)configuration["agent"]?["disabled"]);
        Assert.True((bool?)configuration["mcp"]?["disabled"]);
        Assert.Null(configuration["proxyUrl"]);
    }

    [Theory]
    [InlineData("/docs/scalar.js")]
    [InlineData("/docs/scalar.aspnetcore.js")]
    public async Task Docs_page_scripts_are_served_by_the_mock(string path)
    {
        var response = await server.Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Fact]
    public async Task Docs_serves_the_raw_yaml()
    {
        var response = await server.Anonymous().GetAsync("/docs/livechat-partners.yaml");
        Assert.Equal("application/yaml", response.Content.Headers.ContentType?.MediaType);
        var yaml = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("openapi: 3.0.3", yaml);
        Assert.Equal(await File.ReadAllTextAsync(SpecDocument.Path), yaml);
    }

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"initialize\(\s*'[^']*',\s*(true|false),\s*(?<json>\{.*\}),\s*'", RegexOptions.Singleline)]
    private static partial Regex Configuration();
}
