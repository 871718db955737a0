using System.Security.Cryptography;
using LiveChat.Partners.Mock.Spec;
using Scalar.AspNetCore;

namespace LiveChat.Partners.Mock.Docs;

/// <summary>
/// <c>/docs</c>: the API reference of the document this mock runs on, with nothing loaded from outside the
/// machine — the raw YAML, and Scalar's interactive reference (its script is embedded in the
/// Scalar.AspNetCore assembly and served from <c>/docs/</c>), whose "Test Request" calls this mock.
/// </summary>
public static class DocsEndpoints
{
    /// <summary>Where the raw Partner API document is served; the reference page reads it from here.</summary>
    public const string DocumentPath = "/docs/livechat-partners.yaml";

    /// <summary>Maps <c>/docs</c>, <c>/docs/livechat-partners.yaml</c> and <c>/docs/mock-admin.yaml</c>.</summary>
    public static void MapMockDocs(this IEndpointRouteBuilder app)
    {
        app.MapGet(DocumentPath, (PartnerApiDocument document) => Results.Text(document.Yaml, "application/yaml; charset=utf-8"));
        app.MapGet("/docs/mock-admin.yaml", () =>
        {
            var path = Path.Combine(AppContext.BaseDirectory, "openapi", "mock-admin.yaml");
            return File.Exists(path) ? Results.Text(File.ReadAllText(path), "application/yaml; charset=utf-8") : Results.NotFound();
        });
        app.MapScalarApiReference("/docs", (options, context) =>
        {
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)); // hex: nothing for HTML to encode in the attribute
            var origin = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
            context.Response.Headers.ContentSecurityPolicy = Policy(nonce);
            options
                .WithTitle("LiveChat Partner Program API — mock server")
                .AddDocument("livechat-partners", "LiveChat Partner Program API", DocumentPath)
                .WithNonce(nonce)
                // Nothing from Scalar's servers: no web fonts, telemetry, AI agent, MCP or request proxy.
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .HideDeveloperTools()
                .HideClientButton()
                .ShowOperationId()
                .ExpandAllTags()
                // "Test Request" goes to this mock (the page's own origin), not to production. Scalar reads
                // no path-level servers: the Recurly token call needs the second one, picked by hand.
                .AddServer(new ScalarServer($"{origin}/v2/partners", "This mock server"))
                .AddServer(new ScalarServer(origin, "This mock server's root, for the Recurly token call (GET /js/v1/token)"));
        });
    }

    /// <summary>
    /// The page may run only its own nonced scripts and talk only to this server (to read the document and
    /// send test requests); no font, image, frame or connection leaves it.
    /// </summary>
    internal static string Policy(string nonce) =>
        $"default-src 'none'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
}
