using System.Text;
using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.Mock.Validation;

/// <summary>
/// String lengths as JSON Schema counts them (<c>minLength</c>/<c>maxLength</c>: characters, i.e. code points),
/// not as .NET does (UTF-16 units: an emoji is 2). A combining character is a code point of its own.
/// </summary>
public static class CodePoints
{
    /// <summary>The number of code points in <paramref name="text"/> (a lone surrogate counts as one).</summary>
    public static int Count(string text)
    {
        var count = text.Length;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsSurrogatePair(text[i], text[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    /// <summary>Whether any string in <paramref name="token"/> holds a character beyond the BMP (a surrogate pair).</summary>
    public static bool HasAstral(JToken token) => token switch
    {
        JValue { Type: JTokenType.String, Value: string text } => Count(text) != text.Length,
        JContainer container => container.Descendants().OfType<JValue>().Any(v => v.Value is string text && Count(text) != text.Length),
        _ => false,
    };

    /// <summary>
    /// A copy of <paramref name="token"/> in which every string has one UTF-16 unit per code point (each surrogate
    /// pair becomes U+FFFD), so a validator that counts UTF-16 units counts code points on it.
    /// </summary>
    public static JToken OneUnitEach(JToken token)
    {
        var copy = token.DeepClone();
        foreach (var value in (copy as JContainer)?.Descendants().OfType<JValue>().ToList() ?? [(JValue)copy])
        {
            if (value.Value is string text && Count(text) != text.Length)
            {
                value.Value = Flatten(text);
            }
        }

        return copy;
    }

    private static string Flatten(string text)
    {
        var flat = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]))
            {
                flat.Append('\uFFFD');
                i++;
            }
            else
            {
                flat.Append(text[i]);
            }
        }

        return flat.ToString();
    }
}
