using LiveChat.Partners.Mock.Validation;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>Removes secrets from what the journal keeps: tokens, passwords, card numbers and CVVs.</summary>
public static partial class SecretRedactor
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Redacted = "[redacted]";

    private static readonly HashSet<string> SecretNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "authorization", "cookie", "password", "current_password", "new_password", "token", "number", "verification_value", "cvv", "key", Hosting.MockOptions.AdminKeyHeader,
    };

    /// <summary>Whether a header, query parameter or JSON property named <paramref name="name"/> holds a secret.</summary>
    public static bool IsSecret(string name) => SecretNames.Contains(name);

    /// <summary>The value to keep for <paramref name="name"/>.</summary>
    public static string Keep(string name, string value) => IsSecret(name) ? Redacted : value;

    /// <summary>
    /// The body to keep: JSON (whatever Content-Type it came with: a password sent as <c>text/plain</c> is still a
    /// password) written again with secret properties replaced (the JSON parsed once for the request, not changed);
    /// a form or other text with <c>name=value</c> / <c>name: value</c> pairs of secret names replaced; a size note
    /// for binary bodies and bodies that are not UTF-8.
    /// </summary>
    public static string? Body(RequestBody body, string? contentType)
    {
        var bytes = body.Bytes;
        if (bytes.Length == 0)
        {
            return null;
        }

        var isText = contentType is null
            || contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("json", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
        if (!isText || !System.Text.Unicode.Utf8.IsValid(bytes) || bytes.Contains((byte)0))
        {
            return $"<{bytes.Length} bytes of {contentType ?? "unknown type"}>";
        }

        if (body.Json.Value is { } json)
        {
            using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None })
            {
                WriteRedacted(writer, json);
            }

            return text.ToString();
        }

        try
        {
            return SecretPair().Replace(System.Text.Encoding.UTF8.GetString(bytes), match => match.Groups["name"].Value + match.Groups["sep"].Value + Redacted);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return $"<{bytes.Length} bytes of {contentType ?? "unknown type"}>";
        }
    }

    /// <summary>Writes <paramref name="token"/> with the value of every secret property replaced by <see cref="Redacted"/>.</summary>
    private static void WriteRedacted(JsonWriter writer, JToken token)
    {
        switch (token)
        {
            case JObject obj:
                writer.WriteStartObject();
                foreach (var property in obj.Properties())
                {
                    writer.WritePropertyName(property.Name);
                    if (IsSecret(property.Name))
                    {
                        writer.WriteValue(Redacted);
                    }
                    else
                    {
                        WriteRedacted(writer, property.Value);
                    }
                }

                writer.WriteEndObject();
                break;
            case JArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteRedacted(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                token.WriteTo(writer);
                break;
        }
    }

    /// <summary><c>password=...</c>, <c>"token": "..."</c>, <c>cvv: ...</c>: a secret name, a separator, a value up to the next separator.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(
        @"(?<name>\b(?:authorization|cookie|password|current_password|new_password|token|number|verification_value|cvv|key)\b[""']?)(?<sep>\s*[=:]\s*)(?<value>""[^""]*""?|'[^']*'?|[^\s&,;}]+)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex SecretPair();
}
