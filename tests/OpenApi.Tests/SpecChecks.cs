using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.OpenApi.Tests;

/// <summary>
/// The structural rules every operation of the document follows. Each check returns the problems
/// it found, one line each, so a test can show them all at once and a mutation test can prove the
/// check notices a broken document.
/// </summary>
internal static partial class SpecChecks
{
    /// <summary>Codes the document adds beyond the reference's list, and why (the reference says "everything else").</summary>
    public static readonly IReadOnlyDictionary<string, int[]> CodesBeyondTheReference = new Dictionary<string, int[]>
    {
        // "everything else - API has some issues"
        ["getStatus"] = [503],
        // "everything else - missing or incorrect parameters (please read the error message)"
        ["getRecurlyToken"] = [400],
    };

    public static IReadOnlyList<string> OperationBasics(JObject document)
    {
        var problems = new List<string>();
        var declaredTags = ((JArray?)document["tags"] ?? []).Select(t => (string?)t["name"]).ToHashSet();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var op in SpecOperation.All(document))
        {
            if (string.IsNullOrWhiteSpace(op.OperationId))
            {
                problems.Add($"{op}: no operationId");
            }
            else if (!ids.Add(op.OperationId))
            {
                problems.Add($"{op}: operationId is not unique");
            }
            else if (!OperationIdPattern().IsMatch(op.OperationId))
            {
                problems.Add($"{op}: operationId is not lowerCamelCase");
            }
            if (string.IsNullOrWhiteSpace((string?)op.Operation["summary"]))
            {
                problems.Add($"{op}: no summary");
            }
            if (string.IsNullOrWhiteSpace((string?)op.Operation["description"]))
            {
                problems.Add($"{op}: no description");
            }
            var tags = ((JArray?)op.Operation["tags"] ?? []).Select(t => (string?)t).ToList();
            if (tags.Count == 0)
            {
                problems.Add($"{op}: no tag");
            }
            problems.AddRange(tags.Where(t => !declaredTags.Contains(t)).Select(t => $"{op}: tag '{t}' is not declared"));
            var responses = (JObject?)op.Operation["responses"];
            if (responses is null || !responses.Properties().Any())
            {
                problems.Add($"{op}: no responses");
                continue;
            }
            foreach (var response in responses.Properties())
            {
                var resolved = JsonReferences.Resolve(document, (JObject)response.Value);
                if (string.IsNullOrWhiteSpace((string?)resolved["description"]))
                {
                    problems.Add($"{op}: response {response.Name} has no description");
                }
                if (response.Name.StartsWith('4') || response.Name.StartsWith('5'))
                {
                    var schema = resolved.SelectToken("content['application/json'].schema.$ref");
                    if ((string?)schema != "#/components/schemas/ErrorResponse")
                    {
                        problems.Add($"{op}: response {response.Name} does not use the shared ErrorResponse body");
                    }
                }
            }
        }
        return problems;
    }

    public static IReadOnlyList<string> PathParameters(JObject document)
    {
        var problems = new List<string>();
        foreach (var op in SpecOperation.All(document))
        {
            var inTemplate = TemplateParameterPattern().Matches(op.Path).Select(m => m.Groups[1].Value).ToList();
            var declared = op.Parameters(document).Where(p => (string?)p["in"] == "path").ToList();
            foreach (var name in inTemplate)
            {
                var parameter = declared.FirstOrDefault(p => (string?)p["name"] == name);
                if (parameter is null)
                {
                    problems.Add($"{op}: path parameter '{name}' is not declared");
                }
                else if ((bool?)parameter["required"] != true)
                {
                    problems.Add($"{op}: path parameter '{name}' is not required");
                }
                else if (parameter["schema"] is null)
                {
                    problems.Add($"{op}: path parameter '{name}' has no schema");
                }
            }
            problems.AddRange(declared
                .Select(p => (string?)p["name"])
                .Where(name => !inTemplate.Contains(name!))
                .Select(name => $"{op}: path parameter '{name}' is not in the path"));
        }
        return problems;
    }

    public static IReadOnlyList<string> Deprecations(JObject document)
    {
        var problems = new List<string>();
        var operations = SpecOperation.All(document);
        var ids = operations.Select(o => o.OperationId).ToHashSet();
        foreach (var op in operations.Where(o => (bool?)o.Operation["deprecated"] == true))
        {
            var description = (string?)op.Operation["description"] ?? "";
            var replacement = ReplacementPattern().Match(description);
            if (!replacement.Success || !ids.Contains(replacement.Groups[1].Value))
            {
                problems.Add($"{op}: description does not name the operation that replaces it as (`operationId`)");
            }
            var message = (string?)op.Operation.SelectToken("x-ms-deprecation.description");
            if (string.IsNullOrWhiteSpace(message) || (replacement.Success && !message.Contains(replacement.Groups[1].Value, StringComparison.Ordinal)))
            {
                problems.Add($"{op}: x-ms-deprecation.description (the generated [Obsolete] message) does not name the replacement");
            }
            if (op.OperationId?.EndsWith("Deprecated", StringComparison.Ordinal) != true)
            {
                problems.Add($"{op}: a deprecated alias's operationId ends with 'Deprecated'");
            }
        }
        return problems;
    }

    public static IReadOnlyList<string> AgainstReference(JObject document, IReadOnlyList<ReferenceOperation> reference)
    {
        var problems = new List<string>();
        var operations = SpecOperation.All(document);
        var matched = new HashSet<SpecOperation>();
        foreach (var documented in reference)
        {
            var op = operations.FirstOrDefault(o =>
                o.Method.Equals(documented.Method, StringComparison.OrdinalIgnoreCase) &&
                ReferenceOperation.Normalize(o.Path) == documented.NormalizedPath);
            if (op is null)
            {
                problems.Add($"{documented}: not in the document");
                continue;
            }
            matched.Add(op);
            if (((bool?)op.Operation["deprecated"] ?? false) != documented.Deprecated)
            {
                problems.Add($"{op}: deprecated should be {documented.Deprecated.ToString().ToLowerInvariant()} as in the reference");
            }
            var codes = ((JObject?)op.Operation["responses"] ?? []).Properties().Select(p => p.Name).ToHashSet();
            problems.AddRange(documented.StatusCodes
                .Where(code => !codes.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .Select(code => $"{op}: documented status {code} is missing"));
            var allowed = CodesBeyondTheReference.GetValueOrDefault(op.OperationId ?? "", []);
            problems.AddRange(codes
                .Where(code => !documented.StatusCodes.Any(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture) == code) &&
                               !allowed.Any(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture) == code) &&
                               !IsMarkedInferred(document, op.Operation["responses"]![code]!))
                .Select(code => $"{op}: status {code} is not in the reference and its response is not marked x-inferred"));
        }
        problems.AddRange(operations.Where(o => !matched.Contains(o)).Select(o => $"{o}: not in the reference"));
        return problems;
    }

    /// <summary>A response the reference does not list is allowed when the document says why (<c>x-inferred</c>).</summary>
    private static bool IsMarkedInferred(JObject document, JToken response) =>
        response is JObject r && (r["x-inferred"] is not null ||
            (r["$ref"] is JValue reference && JsonReferences.Follow(document, (string)reference!)["x-inferred"] is not null));

    [GeneratedRegex("^[a-z][A-Za-z0-9]+$")]
    private static partial Regex OperationIdPattern();

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex TemplateParameterPattern();

    [GeneratedRegex(@"\(`([A-Za-z0-9]+)`\)")]
    private static partial Regex ReplacementPattern();
}
