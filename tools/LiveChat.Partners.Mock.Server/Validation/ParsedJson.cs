using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.Mock.Validation;

/// <summary>A request body read as JSON: the value, or why it is not JSON.</summary>
/// <param name="Value">The parsed value, or null.</param>
/// <param name="Problem">Why the body is not one JSON value (not UTF-8, malformed), or null.</param>
public sealed record ParsedJson(JToken? Value, string? Problem)
{
    /// <summary>A body that parsed.</summary>
    public static ParsedJson Parsed(JToken value) => new(value, null);

    /// <summary>A body that did not.</summary>
    public static ParsedJson Failed(string problem) => new(null, problem);
}
