using LiveChat.Partners.Mock.Errors;
using LiveChat.Partners.Mock.Sandboxes;
using LiveChat.Partners.Mock.Spec;
using Microsoft.AspNetCore.Mvc;

namespace LiveChat.Partners.Mock.Admin;

/// <summary>
/// The coverage report (<c>GET /_mock/sandboxes/{partnerId}/coverage</c>, <c>GET /_mock/coverage</c>): JSON, or
/// Markdown when the request accepts <c>text/markdown</c> (and not JSON first).
/// </summary>
public static class CoverageEndpoints
{
    /// <summary>Maps the coverage operations on the admin group.</summary>
    public static void MapMockCoverage(this RouteGroupBuilder admin)
    {
        admin.MapGet("/sandboxes/{partnerId}/coverage", ([FromRoute(Name = "partnerId")] string id, HttpContext context, SandboxRegistry registry, PartnerApiDocument document) =>
        {
            var sandbox = registry.Find(id) ?? throw ApiErrorException.NotFound($"no sandbox '{id}'", "partner_id");
            return Answer(context, CoverageReport.Build(document, sandbox.Coverage, sandbox.Id));
        });
        admin.MapGet("/coverage", (HttpContext context, ServerCoverage coverage, PartnerApiDocument document) =>
            Answer(context, CoverageReport.Build(document, coverage.Tally, null)));
    }

    private static IResult Answer(HttpContext context, CoverageReport report) =>
        WantsMarkdown(context.Request)
            ? Results.Text(CoverageMarkdown.Render(report), "text/markdown; charset=utf-8")
            : AdminJson.Ok(report);

    private static bool WantsMarkdown(HttpRequest request)
    {
        var best = request.GetTypedHeaders().Accept.OrderByDescending(a => a.Quality ?? 1).FirstOrDefault(a => a.MediaType.Equals("text/markdown", StringComparison.OrdinalIgnoreCase) || a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));
        return best?.MediaType.Equals("text/markdown", StringComparison.OrdinalIgnoreCase) == true;
    }
}
