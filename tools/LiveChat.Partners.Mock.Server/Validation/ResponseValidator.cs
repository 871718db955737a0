using System.Globalization;
using LiveChat.Partners.Mock.Spec;
using Microsoft.Net.Http.Headers;
using NSwag;

namespace LiveChat.Partners.Mock.Validation;

/// <summary>
/// Strict mode: checks a response the mock is about to send against the operation's documented response
/// for that status (status documented, media type documented, body valid against the schema).
/// </summary>
public sealed class ResponseValidator
{
    /// <summary>Returns null when the response matches the document, else what is wrong.</summary>
    public string? Validate(SpecOperation operation, int status, string? contentType, ReadOnlySpan<byte> body)
    {
        var responses = operation.Operation.ActualResponses;
        if (!responses.TryGetValue(status.ToString(CultureInfo.InvariantCulture), out var response)
            && !responses.TryGetValue($"{status / 100}XX", out response)
            && !responses.TryGetValue("default", out response))
        {
            return $"status {status} is not documented for {operation.OperationId} (documented: {string.Join(", ", responses.Keys)})";
        }

        var actual = response.ActualResponse;
        if (actual.Content is null || actual.Content.Count == 0)
        {
            return body.Length == 0 || IsEmptyJson(body) ? null : $"{operation.OperationId} {status} documents no body, but {body.Length} bytes were sent";
        }

        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return $"{operation.OperationId} {status} was sent without a Content-Type (documented: {string.Join(", ", actual.Content.Keys)})";
        }

        var match = actual.Content.FirstOrDefault(c => MediaTypeHeaderValue.TryParse(c.Key, out var documented) && parsed.IsSubsetOf(documented));
        if (match.Key is null)
        {
            return $"{operation.OperationId} {status} was sent as '{contentType}' (documented: {string.Join(", ", actual.Content.Keys)})";
        }

        if (!RequestValidator.IsJson(match.Key))
        {
            return body.Length > 0 ? null : $"{operation.OperationId} {status} sent an empty {match.Key} body";
        }

        var json = JsonBody.TryParse(System.Text.Encoding.UTF8.GetString(body), out var problem);
        if (json is null)
        {
            return $"{operation.OperationId} {status} body is not JSON: {problem}";
        }

        var schema = match.Value.Schema?.ActualSchema;
        if (schema is null)
        {
            return null;
        }

        var errors = SchemaErrorTranslator.Translate(SchemaErrorTranslator.Validate(schema, json), "body");
        return errors.Count == 0
            ? null
            : $"{operation.OperationId} {status} body does not match the document: " + string.Join("; ", errors.Select(e => $"{e.Name}: {e.Reason}"));
    }

    private static bool IsEmptyJson(ReadOnlySpan<byte> body) => body.IndexOfAnyExcept(" \n\r\t"u8) < 0;
}
