using LiveChat.Partners.Mock.Errors;
using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.Mock.Validation;

/// <summary>What request validation concluded: accepted (with the parsed JSON body, if any), or a 4xx.</summary>
public sealed record RequestValidationResult(int Status, string Message, IReadOnlyList<ErrorField> Fields, JToken? JsonBody)
{
    /// <summary>Whether the request may reach the behaviour.</summary>
    public bool IsValid => Status == 0;

    /// <summary>An accepted request.</summary>
    public static RequestValidationResult Valid(JToken? body) => new(0, string.Empty, [], body);

    /// <summary>A 400 naming every offending field.</summary>
    public static RequestValidationResult Invalid(IReadOnlyList<ErrorField> fields) => new(400, ErrorBody.MessageFor(fields), fields, null);

    /// <summary>Any other refusal (415...).</summary>
    public static RequestValidationResult Refused(int status, string message, params ErrorField[] fields) => new(status, message, fields, null);
}
