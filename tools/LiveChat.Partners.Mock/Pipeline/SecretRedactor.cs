using LiveChat.Partners.Mock.Validation;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>Removes secrets from what the journal keeps: tokens, passwords, card numbers and CVVs.</summary>
public static class SecretRedactor
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Redacted = "[redacted]";

    private static readonly HashSet<string> SecretNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "authorization", "cookie", "password", "current_password", "new_password", "token", "number", "verification_value", "cvv", "key",
    };

    /// <summary>Whether a header, query parameter or JSON property named <paramref name="name"/> holds a secret.</summary>
    public static bool IsSecret(string name) => SecretNames.Contains(name);

    /// <summary>The value to keep for <paramref name="name"/>.</summary>
    public static string Keep(string name, string value) => IsSecret(name) ? Redacted : value;

    /// <summary>The body to keep: JSON with secret properties replaced, a size note for binary bodies.</summary>
    public static string? Body(byte[] body, string? contentType)
    {
        if (body.Length == 0)
        {
            return null;
        }

        var text = System.Text.Encoding.UTF8.GetString(body);
        var json = contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true ? JsonBody.TryParse(text, out _) : null;
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

        return contentType?.StartsWith("text/", StringComparison.OrdinalIgnoreCase) == true || contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true
            ? text
            : $"<{body.Length} bytes of {contentType ?? "unknown type"}>";
    }
}
