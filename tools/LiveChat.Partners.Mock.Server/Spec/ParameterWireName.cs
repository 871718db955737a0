using System.Text;
using NSwag;

namespace LiveChat.Partners.Mock.Spec;

/// <summary>
/// The name an error's <c>fields[].name</c> gives a parameter: the reference's own. Path parameters are
/// camelCase in the document so that generators make clean identifiers (<c>{licenseId}</c>), while the
/// reference and the API's errors call them <c>license_id</c>, <c>invoice_no</c>; query parameters keep
/// their wire names in both.
/// </summary>
public static class ParameterWireName
{
    /// <summary>The reference's name of <paramref name="parameter"/>.</summary>
    public static string Of(OpenApiParameter parameter) =>
        parameter.Kind == OpenApiParameterKind.Path ? SnakeCase(parameter.Name) : parameter.Name;

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c))
            {
                text.Append('_').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
