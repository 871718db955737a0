using System.Globalization;
using System.Text;

namespace LiveChat.Partners.Mock.Domain.Affiliates;

/// <summary>Builds a campaign slug: <c>pp_</c> + the URL-friendly campaign name (<c>New campaign</c> → <c>pp_new-campaign</c>).</summary>
public static class CampaignSlug
{
    /// <summary>The prefix every slug has.</summary>
    public const string Prefix = "pp_";

    /// <summary>Letters that Unicode normalization does not reduce to ASCII.</summary>
    private static readonly Dictionary<char, string> Transliterations = new()
    {
        ['ł'] = "l",
        ['ø'] = "o",
        ['đ'] = "d",
        ['ß'] = "ss",
        ['æ'] = "ae",
        ['œ'] = "oe",
        ['þ'] = "th",
        ['ı'] = "i",
    };

    /// <summary>The slug for <paramref name="name"/>: lower case ASCII letters and digits joined by single dashes.</summary>
    public static string From(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                text.Append(lower);
            }
            else if (Transliterations.TryGetValue(lower, out var latin))
            {
                text.Append(latin);
            }
            else if (text.Length > 0 && text[^1] != '-')
            {
                text.Append('-');
            }
        }

        var body = text.ToString().Trim('-');
        return Prefix + (body.Length == 0 ? "campaign" : body);
    }
}
