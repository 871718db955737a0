using System.Text;
using LiveChat.Partners.Mock.Spec;

namespace LiveChat.Partners.Reliability.Infrastructure;

/// <summary>
/// What a sandbox holds, as its own token sees it: the answers of every GET of the spec that needs no query
/// parameter (its path parameters filled from the seed), JSON only. Two equal snapshots mean no state changed.
/// </summary>
public static class StateSnapshot
{
    /// <summary>The seeded values used for path parameters.</summary>
    public static readonly IReadOnlyDictionary<string, string> SeedPathValues = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["license_id"] = "124",
        ["invoice_no"] = "1",
        ["token_id"] = "2",
        ["slug"] = "pp_another-campaign",
        ["invoice_id"] = "1",
    };

    /// <summary>The GET operations a snapshot reads.</summary>
    public static IReadOnlyList<SpecOperation> Readers(PartnerApiDocument document) => document.Operations
        .Where(o => o.Method == "GET" && o.RequiresBearer)
        .Where(o => !o.Operation.ActualParameters.Any(p => p.Kind == NSwag.OpenApiParameterKind.Query && p.IsRequired))
        .Where(o => o.Operation.ActualResponses.TryGetValue("200", out var ok) && ok.ActualResponse.Content?.Keys.Any(k => k.Contains("json", StringComparison.Ordinal)) == true)
        .OrderBy(o => o.OperationId, StringComparer.Ordinal)
        .ToList();

    /// <summary>Fills a route's path parameters from <see cref="SeedPathValues"/>.</summary>
    public static string Fill(string route) => System.Text.RegularExpressions.Regex.Replace(route, "{([^}]+)}", m => SeedPathValues.GetValueOrDefault(m.Groups[1].Value, "1"));

    /// <summary>Reads the snapshot.</summary>
    public static async Task<string> TakeAsync(HttpClient http, IReadOnlyList<SpecOperation> readers)
    {
        var snapshot = new StringBuilder();
        foreach (var reader in readers)
        {
            using var response = await http.GetAsync(new Uri(Fill(reader.Route), UriKind.Relative));
            snapshot.Append(reader.OperationId).Append(' ').Append((int)response.StatusCode).Append(' ')
                .AppendLine(await response.Content.ReadAsStringAsync());
        }

        return snapshot.ToString();
    }

    /// <summary>The first line that differs between two snapshots.</summary>
    public static string Difference(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<none>";
            var right = i < b.Length ? b[i] : "<none>";
            if (left != right)
            {
                return $"before: {ErrorBodyShape.Shorten(left)}\nafter:  {ErrorBodyShape.Shorten(right)}";
            }
        }

        return "no difference";
    }
}
