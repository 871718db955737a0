using System.Net;
using LiveChat.Partners.Mock.Spec;

namespace LiveChat.Partners.Mock.Docs;

/// <summary>
/// <c>/docs</c>: the API reference from the spec, with nothing loaded from outside the machine — the raw
/// YAML, and an HTML page: the self-contained Redoc rendering built by <c>npm run docs</c> when the build
/// found it (<c>docs/api/index.html</c>, copied next to the app, sent with a CSP that forbids any external
/// request), else a plain page listing every operation with its summary, parameters and responses.
/// </summary>
public static class DocsEndpoints
{
    /// <summary>Maps <c>/docs</c>, <c>/docs/livechat-partners.yaml</c> and <c>/docs/mock-admin.yaml</c>.</summary>
    public static void MapMockDocs(this IEndpointRouteBuilder app)
    {
        app.MapGet("/docs/livechat-partners.yaml", (PartnerApiDocument document) => Results.Text(document.Yaml, "application/yaml; charset=utf-8"));
        app.MapGet("/docs/mock-admin.yaml", () =>
        {
            var path = Path.Combine(AppContext.BaseDirectory, "openapi", "mock-admin.yaml");
            return File.Exists(path) ? Results.Text(File.ReadAllText(path), "application/yaml; charset=utf-8") : Results.NotFound();
        });
        app.MapGet("/docs", (PartnerApiDocument document, HttpContext context) =>
        {
            var rendered = Path.Combine(AppContext.BaseDirectory, "docs", "index.html");
            if (!File.Exists(rendered))
            {
                return Results.Content(Render(document), "text/html; charset=utf-8");
            }

            context.Response.Headers.ContentSecurityPolicy = RenderedDocsPolicy;
            return Results.File(rendered, "text/html; charset=utf-8");
        });
    }

    /// <summary>The Redoc page inlines its scripts and styles; nothing else may load, from anywhere.</summary>
    internal const string RenderedDocsPolicy =
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; " +
        "connect-src 'none'; worker-src blob:; base-uri 'none'; form-action 'none'";

    private static string Render(PartnerApiDocument document)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
        var html = new System.Text.StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(document.Document.Info.Title))
            .Append("</title><style>body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}")
            .Append("h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:2em}.op{margin:1em 0;padding:.6em 1em;border:1px solid #e3e3e3;border-radius:6px}")
            .Append(".m{display:inline-block;min-width:4.5em;font-weight:bold;font-family:monospace}.GET{color:#0a7}.POST{color:#07c}.PUT{color:#c70}.DELETE{color:#c22}")
            .Append("code{background:#f4f4f4;padding:0 .2em}.dep{text-decoration:line-through}.small{color:#666;font-size:.9em}</style></head><body>")
            .Append("<h1>").Append(E(document.Document.Info.Title)).Append(" <span class=\"small\">").Append(E(document.Document.Info.Version)).Append("</span></h1>")
            .Append("<p>Served by the LiveChat Partners mock server. Raw document: <a href=\"/docs/livechat-partners.yaml\">livechat-partners.yaml</a>; admin API: <a href=\"/docs/mock-admin.yaml\">mock-admin.yaml</a>.</p>");
        var headings = document.Document.Tags.ToDictionary(
            t => t.Name,
            t => t.ExtensionData?.TryGetValue("x-displayName", out var name) == true && name is string text ? text : t.Name);
        foreach (var group in document.Operations.GroupBy(o => o.Operation.Tags.FirstOrDefault() ?? "Other"))
        {
            html.Append("<h2>").Append(E(headings.GetValueOrDefault(group.Key, group.Key))).Append("</h2>");
            foreach (var op in group)
            {
                html.Append("<div class=\"op\"><div><span class=\"m ").Append(op.Method).Append("\">").Append(op.Method).Append("</span> <code")
                    .Append(op.Operation.IsDeprecated ? " class=\"dep\"" : string.Empty).Append('>').Append(E(op.Route)).Append("</code> <span class=\"small\">")
                    .Append(E(op.OperationId)).Append(op.RequiresBearer ? string.Empty : " · public").Append("</span></div><div>")
                    .Append(E(op.Operation.Summary)).Append("</div>");
                var parameters = op.Operation.ActualParameters.Select(p => p.ActualParameter).ToList();
                if (parameters.Count > 0)
                {
                    html.Append("<div class=\"small\">Parameters: ")
                        .Append(string.Join(", ", parameters.Select(p => $"<code>{E(p.Name)}</code> ({p.Kind.ToString().ToLowerInvariant()}{(p.IsRequired ? ", required" : string.Empty)})")))
                        .Append("</div>");
                }

                if (op.Operation.ActualRequestBody is { } body)
                {
                    html.Append("<div class=\"small\">Body: ").Append(E(string.Join(", ", body.Content.Keys))).Append("</div>");
                }

                html.Append("<div class=\"small\">Responses: ")
                    .Append(string.Join(", ", op.Operation.ActualResponses.Select(r => $"<b>{E(r.Key)}</b> {E(r.Value.ActualResponse.Description)}")))
                    .Append("</div></div>");
            }
        }

        return html.Append("</body></html>").ToString();
    }
}
