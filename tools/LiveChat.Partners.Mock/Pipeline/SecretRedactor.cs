using LiveChat.Partners.Mock.Validation;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>Removes secrets from what the journal keeps: tokens, passwords, card numbers and CVVs.</summary>
public static partial class SecretRedactor
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Redacted = "[redacted]";

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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
    /// password) with secret properties replaced; a form or other text with <c>name=value</c> / <c>name: value</c>
    /// pairs of secret names replaced; a size note for binary bodies.
    /// </summary>
    public static string? Body(byte[] body, string? contentType)
    {
        if (body.Length == 0)
        {
            return null;
        }

        var isText = contentType is null
            || contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("json", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
        if (!isText || !IsUtf8Text(body))
        {
            return $"<{body.Length} bytes of {contentType ?? "unknown type"}>";
        }

        var text = System.Text.Encoding.UTF8.GetString(body);
        var json = JsonBody.TryParse(text, out _);
        if (json is not null)
        {
            var secrets = json is JContainer container
                ? container.DescendantsAndSelf().OfType<JProperty>().Where(p => IsSecret(p.Name)).ToList()
                : [];
            foreach (var property in secrets)
            {
                property.Value = Redacted;
            }

            return json.ToString(Formatting.None);
        }

        try
        {
            return SecretPair().Replace(text, match => match.Groups["name"].Value + match.Groups["sep"].Value + Redacted);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return $"<{body.Length} bytes of {contentType ?? "unknown type"}>";
        }
    }

    private static bool IsUtf8Text(byte[] body)
    {
        try
        {
            _ = StrictUtf8.GetCharCount(body);
            return !body.Contains((byte)0);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary><c>password=...</c>, <c>"token": "..."</c>, <c>cvv: ...</c>: a secret name, a separator, a value up to the next separator.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(
        @"(?<name>\b(?:authorization|cookie|password|current_password|new_password|token|number|verification_value|cvv|key)\b[""']?)(?<sep>\s*[=:]\s*)(?<value>""[^""]*""?|'[^']*'?|[^\s&,;}]+)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex SecretPair();
}
