using System.Text.RegularExpressions;

namespace LiveChat.Partners.OpenApi.Tests;

/// <summary>
/// One endpoint as the Markdown API reference documents it: method, path, whether it is marked
/// DEPRECATED, and the status codes listed under its "Response" heading.
/// </summary>
internal sealed partial record ReferenceOperation(string Method, string ReferencePath, bool Deprecated, IReadOnlyList<int> StatusCodes)
{
    /// <summary>The path as this document writes it, below <c>/v2/partners</c> (or the Recurly host), parameters as <c>{}</c>.</summary>
    public string NormalizedPath
    {
        get
        {
            var path = ReferencePath.Replace("https://api.recurly.com", "", StringComparison.Ordinal);
            if (path.StartsWith("/v2/partners", StringComparison.Ordinal))
            {
                path = path["/v2/partners".Length..];
            }
            path = Normalize(path.Length == 0 ? "/" : path);
            // The reference's {invoice_id} is YYYY/M/{partner_id}: three segments on the wire.
            return path == "/affiliates/withdrawals/invoices/{}" ? "/affiliates/withdrawals/invoices/{}/{}/{}" : path;
        }
    }

    public override string ToString() => $"{Method} {ReferencePath}";

    /// <summary>Parameters written as <c>&lt;id&gt;</c> or <c>{id}</c> become <c>{}</c>.</summary>
    public static string Normalize(string path) => ParameterPattern().Replace(path, "{}");

    /// <summary>Every endpoint of the reference, plus the data look-ups it links to (documented as plain GETs).</summary>
    public static IReadOnlyList<ReferenceOperation> Parse(string markdown)
    {
        var operations = new List<ReferenceOperation>();
        foreach (var section in SectionPattern().Split(markdown))
        {
            var endpoints = EndpointPattern().Matches(section);
            if (endpoints.Count == 0)
            {
                continue;
            }
            var responseAt = section.IndexOf("#### Response", StringComparison.Ordinal);
            var codes = responseAt < 0
                ? []
                : StatusPattern().Matches(section[responseAt..]).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            operations.AddRange(endpoints.Select(m => new ReferenceOperation(
                m.Groups["method"].Value,
                m.Groups["path"].Value,
                m.Groups["rest"].Value.Contains("DEPRECATED", StringComparison.Ordinal),
                codes)));
        }
        foreach (var lookup in DataLinkPattern().Matches(markdown).Select(m => m.Groups[1].Value).Distinct())
        {
            operations.Add(new ReferenceOperation("GET", lookup, false, [200]));
        }
        return operations;
    }

    [GeneratedRegex(@"^#{1,3} ", RegexOptions.Multiline)]
    private static partial Regex SectionPattern();

    [GeneratedRegex(@"^`(?<method>GET|POST|PUT|DELETE) (?<path>\S+)`(?<rest>.*)$", RegexOptions.Multiline)]
    private static partial Regex EndpointPattern();

    [GeneratedRegex(@"^\* `(\d{3})", RegexOptions.Multiline)]
    private static partial Regex StatusPattern();

    [GeneratedRegex(@"https://api\.livechatinc\.com(/v2/partners/data/[a-z/]+)")]
    private static partial Regex DataLinkPattern();

    [GeneratedRegex(@"<[^>]+>|\{[^}]+\}")]
    private static partial Regex ParameterPattern();
}
