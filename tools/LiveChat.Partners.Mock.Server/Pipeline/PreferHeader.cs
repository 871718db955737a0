using System.Globalization;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>The parts of a <c>Prefer</c> header the mock understands: <c>code=404</c> and <c>example=name</c>.</summary>
public sealed record PreferHeader(int? Code, string? Example)
{
    /// <summary>Parses the header (unknown preferences are ignored).</summary>
    public static PreferHeader Parse(string header)
    {
        int? code = null;
        string? example = null;
        foreach (var part in header.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2)
            {
                continue;
            }

            if (pair[0].Equals("code", StringComparison.OrdinalIgnoreCase) && int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                code = parsed;
            }
            else if (pair[0].Equals("example", StringComparison.OrdinalIgnoreCase))
            {
                example = pair[1].Trim('"');
            }
        }

        return new PreferHeader(code, example);
    }
}
