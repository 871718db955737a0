using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.OpenApi.Tests;

/// <summary>
/// <c>docs/inferred.md</c>, rendered from the document: every <c>x-inferred</c> mark — a behaviour or
/// constraint the reference does not state, which the mock decides — with where it is and why.
/// </summary>
internal static class InferredList
{
    public static string Render(JObject document)
    {
        var text = new StringBuilder()
            .AppendLine("# Where the mock decides what the reference does not say")
            .AppendLine()
            .AppendLine("Generated from `openapi/livechat-partners.yaml` (every `x-inferred` mark) by")
            .AppendLine("`tests/OpenApi.Tests/InferredList.cs`; a test keeps it in sync. Regenerate it with")
            .AppendLine("`LIVECHAT_WRITE_DOCS=1 dotnet test tests/OpenApi.Tests --filter Inferred`.")
            .AppendLine()
            .AppendLine("The API reference (`openapi/reference/livechat-partner-api-v2.md`) is the only word on the real API.")
            .AppendLine("Where the mock must decide something it does not state (a default, an order, a status it does not")
            .AppendLine("list, the shape of a body it does not show), the document marks the decision with `x-inferred` and")
            .AppendLine("the reason. Generated validators of other languages should not treat these as the API's rules.")
            .AppendLine();
        foreach (var group in Marks(document).GroupBy(m => m.Section))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"## {group.Key}").AppendLine().AppendLine("| where | what the mock decides, and why |").AppendLine("|---|---|");
            foreach (var (_, where, why) in group)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {where} | {why.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Trim()} |");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    public static IEnumerable<(string Section, string Where, string Why)> Marks(JObject document) =>
        document.Descendants().OfType<JProperty>()
            .Where(p => p.Name == "x-inferred")
            .Select(p => (Section(p.Parent!.Path), Where(document, p.Parent!.Path), (string)p.Value!));

    private static string Section(string path) => path switch
    {
        "" or "info" => "The whole document",
        _ when path.StartsWith("paths", StringComparison.Ordinal) => "Operations",
        _ when path.StartsWith("components.parameters", StringComparison.Ordinal) => "Parameters",
        _ when path.StartsWith("components.responses", StringComparison.Ordinal) => "Responses",
        _ => "Schemas",
    };

    /// <summary>A reader's name for the place: <c>GET /tokens (getApiTokenList)</c>, <c>ClientLicense.license</c>.</summary>
    private static string Where(JObject document, string path)
    {
        var token = document.SelectToken(path);
        var parts = Segments(path);
        if (parts.Count == 0 || parts[0] == "info")
        {
            return "request bodies";
        }

        if (parts[0] == "paths" && parts.Count >= 3)
        {
            var operation = document.SelectToken($"paths['{parts[1]}'].{parts[2]}");
            var name = $"`{parts[2].ToUpperInvariant()} {parts[1]}` ({operation?["operationId"]})";
            return parts.Count == 3 ? name : $"{name}, {Detail(token, parts.Skip(3))}";
        }

        if (parts[0] == "components" && parts.Count >= 3)
        {
            var inner = parts.Skip(3).Where(p => p is not ("properties" or "schema" or "allOf") && !int.TryParse(p, out _));
            return $"`{string.Join('.', new[] { parts[2] }.Concat(inner))}`";
        }

        return $"`{path}`";
    }

    private static string Detail(JToken? token, IEnumerable<string> rest)
    {
        var list = rest.ToList();
        if (list.Count >= 2 && list[0] == "parameters")
        {
            var parameter = token?.AncestorsAndSelf().OfType<JObject>().FirstOrDefault(o => o["in"] is not null);
            return $"parameter `{parameter?["name"]}`";
        }

        return string.Join('.', list);
    }

    private static List<string> Segments(string path)
    {
        var parts = new List<string>();
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                i++;
            }
            else if (path[i] == '[')
            {
                var end = path[i + 1] == '\'' ? path.IndexOf("']", i, StringComparison.Ordinal) + 1 : path.IndexOf(']', i);
                parts.Add(path[(i + 1)..end].Trim('\''));
                i = end + 1;
            }
            else
            {
                var end = path.IndexOfAny(['.', '['], i);
                end = end < 0 ? path.Length : end;
                parts.Add(path[i..end]);
                i = end;
            }
        }

        return parts;
    }
}
