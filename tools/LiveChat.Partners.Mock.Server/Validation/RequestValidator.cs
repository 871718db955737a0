using System.Globalization;
using LiveChat.Partners.Mock.Errors;
using LiveChat.Partners.Mock.Spec;
using Microsoft.Net.Http.Headers;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NSwag;

namespace LiveChat.Partners.Mock.Validation;

/// <summary>
/// Validates a request against its operation in the document before any behaviour runs: path and query
/// parameters (presence, type, enum, length, range, format), then the media type (a JSON body is UTF-8: another
/// charset is <c>415</c>) and the body schema (a body that is not UTF-8 is <c>400</c> naming <c>body</c>).
/// </summary>
public sealed class RequestValidator
{
    /// <summary>Validates the parameters and body of a request to <paramref name="operation"/>.</summary>
    public RequestValidationResult Validate(
        SpecOperation operation,
        IReadOnlyDictionary<string, string> pathParameters,
        IQueryCollection query,
        string? contentType,
        RequestBody body)
    {
        var fields = new List<ErrorField>();
        foreach (var parameter in operation.Operation.ActualParameters.Select(p => p.ActualParameter))
        {
            string? raw = parameter.Kind switch
            {
                OpenApiParameterKind.Path => pathParameters.TryGetValue(parameter.Name, out var p) ? p : null,
                OpenApiParameterKind.Query => query.TryGetValue(parameter.Name, out var q) ? q.ToString() : null,
                _ => null,
            };
            if (parameter.Kind is not (OpenApiParameterKind.Path or OpenApiParameterKind.Query))
            {
                continue;
            }

            if (raw is null || (raw.Length == 0 && parameter.Kind == OpenApiParameterKind.Query && !parameter.IsRequired))
            {
                if (parameter.IsRequired)
                {
                    fields.Add(new ErrorField(ParameterWireName.Of(parameter), "is required"));
                }

                continue;
            }

            fields.AddRange(ValidateParameter(parameter, raw));
        }

        var requestBody = operation.Operation.ActualRequestBody;
        if (requestBody is null || requestBody.Content.Count == 0)
        {
            return fields.Count > 0 ? RequestValidationResult.Invalid(fields) : RequestValidationResult.Valid(null);
        }

        if (body.Bytes.Length == 0)
        {
            if (requestBody.IsRequired)
            {
                fields.Add(new ErrorField("body", "is required"));
            }

            return fields.Count > 0 ? RequestValidationResult.Invalid(fields) : RequestValidationResult.Valid(null);
        }

        var mediaType = MatchMediaType(requestBody, contentType);
        if (mediaType is null)
        {
            var accepted = string.Join(", ", requestBody.Content.Keys);
            return RequestValidationResult.Refused(415, $"Content-Type '{contentType ?? "(none)"}' is not accepted; send one of: {accepted}",
                new ErrorField("Content-Type", $"must be one of: {accepted}"));
        }

        if (IsJson(mediaType.Value.Key) && UnsupportedCharset(contentType) is { } charset)
        {
            return RequestValidationResult.Refused(415, $"Content-Type '{contentType}': JSON is accepted only as UTF-8, not as '{charset}'",
                new ErrorField("Content-Type", "charset must be utf-8 (or left out)"));
        }

        if (fields.Count > 0)
        {
            return RequestValidationResult.Invalid(fields);
        }

        if (!IsJson(mediaType.Value.Key))
        {
            return RequestValidationResult.Valid(null);
        }

        var json = body.Json.Value;
        if (json is null)
        {
            return RequestValidationResult.Invalid([new ErrorField("body", body.Json.Problem!)]);
        }

        var outOfRange = (json as JContainer)?.Descendants().OfType<JValue>().Where(v => v.Value is System.Numerics.BigInteger)
            .Select(v => new ErrorField(v.Path, "is too large a number")).ToList() ?? [];
        if (outOfRange.Count > 0)
        {
            return RequestValidationResult.Invalid(outOfRange);
        }

        var schema = mediaType.Value.Value.Schema?.ActualSchema;
        if (schema is not null)
        {
            var errors = SchemaErrorTranslator.Translate(SchemaErrorTranslator.Validate(schema, json), "body");
            if (errors.Count > 0)
            {
                return RequestValidationResult.Invalid(errors);
            }
        }

        return RequestValidationResult.Valid(json);
    }

    private static IEnumerable<ErrorField> ValidateParameter(OpenApiParameter parameter, string raw)
    {
        var schema = parameter.ActualSchema;
        if (schema is null)
        {
            return [];
        }

        JToken token;
        var type = schema.Type;
        if (type.HasFlag(JsonObjectType.Integer))
        {
            if (!long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                return [new ErrorField(ParameterWireName.Of(parameter), "must be an integer")];
            }

            token = new JValue(number);
        }
        else if (type.HasFlag(JsonObjectType.Number))
        {
            if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return [new ErrorField(ParameterWireName.Of(parameter), "must be a number")];
            }

            token = new JValue(number);
        }
        else if (type.HasFlag(JsonObjectType.Boolean))
        {
            if (raw is not ("true" or "false"))
            {
                return [new ErrorField(ParameterWireName.Of(parameter), "must be true or false")];
            }

            token = new JValue(raw == "true");
        }
        else
        {
            token = new JValue(raw);
        }

        return SchemaErrorTranslator.Translate(SchemaErrorTranslator.Validate(schema, token), ParameterWireName.Of(parameter), ParameterWireName.Of(parameter));
    }

    /// <summary>Finds the documented media type that the request's Content-Type matches.</summary>
    public static KeyValuePair<string, OpenApiMediaType>? MatchMediaType(OpenApiRequestBody body, string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return null;
        }

        foreach (var entry in body.Content)
        {
            if (MediaTypeHeaderValue.TryParse(entry.Key, out var documented) && parsed.IsSubsetOf(documented))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The charset of <paramref name="contentType"/> when it is given and is not UTF-8, else null.</summary>
    private static string? UnsupportedCharset(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed) || !parsed.Charset.HasValue)
        {
            return null;
        }

        if (parsed.Parameters.Count(p => p.Name.Equals("charset", StringComparison.OrdinalIgnoreCase)) > 1)
        {
            return "more than one charset";
        }

        var charset = parsed.Charset.Value!.Trim('"');
        return charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase) ? null : charset;
    }

    /// <summary>Whether a media type carries JSON.</summary>
    public static bool IsJson(string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
}
