using System.Globalization;
using LiveChat.Partners.Mock.Errors;
using NJsonSchema;
using NJsonSchema.Validation;

namespace LiveChat.Partners.Mock.Validation;

/// <summary>Turns NJsonSchema validation errors into <see cref="ErrorField"/>s a person can read.</summary>
public static class SchemaErrorTranslator
{
    /// <summary>Translates <paramref name="errors"/>; <paramref name="root"/> names the value itself (a parameter name or <c>body</c>).</summary>
    public static IReadOnlyList<ErrorField> Translate(IEnumerable<ValidationError> errors, string root, string? prefix = null)
    {
        var fields = new List<ErrorField>();
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0 && error.Kind is not (ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf))
            {
                fields.AddRange(Translate(child.Errors.SelectMany(e => e.Value), root, prefix));
                continue;
            }

            fields.Add(new ErrorField(NameOf(error, root, prefix), ReasonFor(error)));
        }

        return fields.DistinctBy(f => (f.Name, f.Reason)).ToList();
    }

    private static string NameOf(ValidationError error, string root, string? prefix)
    {
        var path = (error.Path ?? "#").TrimStart('#').TrimStart('/').Replace('/', '.');
        if (string.IsNullOrEmpty(path))
        {
            path = error.Kind == ValidationErrorKind.PropertyRequired && error.Property is not null ? error.Property : string.Empty;
        }

        if (string.IsNullOrEmpty(path))
        {
            return prefix ?? root;
        }

        return prefix is null ? path : $"{prefix}.{path}";
    }

    /// <summary>The reason for one error, using the limits of the schema that refused the value.</summary>
    public static string ReasonFor(ValidationError error)
    {
        var schema = error.Schema?.ActualSchema;
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => "is required",
            ValidationErrorKind.StringTooShort => $"must be at least {schema?.MinLength} characters",
            ValidationErrorKind.StringTooLong => $"must be at most {schema?.MaxLength} characters",
            ValidationErrorKind.NumberTooSmall => schema?.IsExclusiveMinimum == true || schema?.ExclusiveMinimum is not null
                ? $"must be greater than {Number(schema?.ExclusiveMinimum ?? schema?.Minimum)}"
                : $"must be at least {Number(schema?.Minimum)}",
            ValidationErrorKind.NumberTooBig => schema?.IsExclusiveMaximum == true || schema?.ExclusiveMaximum is not null
                ? $"must be less than {Number(schema?.ExclusiveMaximum ?? schema?.Maximum)}"
                : $"must be at most {Number(schema?.Maximum)}",
            ValidationErrorKind.IntegerExpected => "must be an integer",
            ValidationErrorKind.NumberExpected => "must be a number",
            ValidationErrorKind.StringExpected => "must be a string",
            ValidationErrorKind.BooleanExpected => "must be a boolean",
            ValidationErrorKind.ArrayExpected => "must be an array",
            ValidationErrorKind.ObjectExpected => "must be an object",
            ValidationErrorKind.NullExpected => "must be null",
            ValidationErrorKind.NotInEnumeration => $"must be one of {string.Join(", ", schema?.Enumeration.Select(v => $"'{v}'") ?? [])}",
            ValidationErrorKind.PatternMismatch => $"must match the pattern {schema?.Pattern}",
            ValidationErrorKind.DateExpected => "must be a date (YYYY-MM-DD)",
            ValidationErrorKind.DateTimeExpected => "must be a date-time",
            ValidationErrorKind.TimeExpected => "must be a time",
            ValidationErrorKind.EmailExpected => "must be an email address",
            ValidationErrorKind.UriExpected => "must be an absolute URL",
            ValidationErrorKind.HostnameExpected => "must be a host name",
            ValidationErrorKind.TooManyItems => $"must have at most {schema?.MaxItems} items",
            ValidationErrorKind.TooFewItems => $"must have at least {schema?.MinItems} items",
            ValidationErrorKind.ItemsNotUnique => "must not repeat items",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => "is not an accepted property",
            ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf => "does not match any accepted shape",
            ValidationErrorKind.NumberNotMultipleOf => $"must be a multiple of {Number(schema?.MultipleOf)}",
            _ => ToWords(error.Kind.ToString()),
        };
    }

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static string ToWords(string kind) =>
        "is invalid (" + string.Concat(kind.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())) + ")";

    /// <summary>
    /// Validates <paramref name="token"/> against <paramref name="schema"/> the OpenAPI 3 way, lengths counted in code
    /// points as JSON Schema counts them. NJsonSchema counts UTF-16 units (an emoji is 2), so when a string holds a
    /// character beyond the BMP the lengths are checked again on a copy with one unit per code point, and those
    /// length errors replace NJsonSchema's.
    /// </summary>
    public static IReadOnlyList<ValidationError> Validate(JsonSchema schema, Newtonsoft.Json.Linq.JToken token)
    {
        var errors = Leaves(schema.Validate(token, SchemaType.OpenApi3));
        if (!CodePoints.HasAstral(token))
        {
            return errors;
        }

        var lengths = Leaves(schema.Validate(CodePoints.OneUnitEach(token), SchemaType.OpenApi3)).Where(IsLength);
        return [.. errors.Where(e => !IsLength(e)), .. lengths];
    }

    private static bool IsLength(ValidationError error) => error.Kind is ValidationErrorKind.StringTooShort or ValidationErrorKind.StringTooLong;

    /// <summary>The errors with every nested schema's errors brought up (but a failed oneOf/anyOf kept whole).</summary>
    private static List<ValidationError> Leaves(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(error => error is ChildSchemaValidationError child && child.Errors.Count > 0 && error.Kind is not (ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf)
            ? Leaves(child.Errors.SelectMany(e => e.Value))
            : [error]).ToList();
}
