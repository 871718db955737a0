using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace LiveChat.Partners.Tests;

/// <summary>
/// Issue 11: what a .NET user reads in IntelliSense, by reflection over the built <c>LiveChat.Partners</c>
/// assembly and its XML documentation file — generated surface included. Every public type and property
/// has a real summary (not Kiota's "The X property" fallback), and no name shows the generator's seams.
/// </summary>
public sealed partial class PublicSurfaceTests
{
    private static readonly Assembly Sdk = typeof(LiveChatPartnersClient).Assembly;

    private static readonly IReadOnlyDictionary<string, string> Summaries = XDocument
        .Load(Path.ChangeExtension(Sdk.Location, ".xml"))
        .Descendants("member")
        .ToDictionary(
            m => (string)m.Attribute("name")!,
            m => m.Element("inheritdoc") is not null ? "(inherited)" : Regex.Replace(m.Element("summary")?.Value ?? string.Empty, @"\s+", " ").Trim());

    private static IEnumerable<Type> PublicTypes => Sdk.GetExportedTypes();

    private static IEnumerable<PropertyInfo> PublicProperties => PublicTypes.SelectMany(t =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly));

    [Fact]
    public void Every_public_type_has_a_summary()
    {
        var missing = PublicTypes.Where(t => Summary("T:" + XmlName(t)) is null or "").Select(t => t.FullName).ToList();

        Assert.True(missing.Count == 0, $"{missing.Count} public types without a summary: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_public_property_has_a_real_summary()
    {
        var poor = PublicProperties
            .Select(p => (Property: $"{p.DeclaringType!.FullName}.{p.Name}", Summary: Summary(XmlName(p))))
            .Where(p => p.Summary is null or "" || GeneratorFallback().IsMatch(p.Summary))
            .Select(p => $"{p.Property} ({p.Summary ?? "no summary"})")
            .ToList();

        Assert.True(poor.Count == 0, $"{poor.Count} public properties without a real summary: {string.Join("; ", poor)}");
    }

    [Fact]
    public void No_public_name_shows_the_generators_seams()
    {
        var seams = PublicTypes.GroupBy(t => t.Namespace).SelectMany(g => Seams(g.Select(t => SimpleName(t)).ToList(), g.Key ?? ""))
            .Concat(PublicTypes.SelectMany(t => Seams(t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => p.Name).ToList(), t.FullName!)))
            .ToList();

        Assert.True(seams.Count == 0, $"names with the generator's seams: {string.Join(", ", seams)}");
    }

    [Theory]
    [InlineData("ApiStatus_status", true)]
    [InlineData("LicenseProp", true)]
    [InlineData("WithLicense_ItemRequestBuilder", true)]
    [InlineData("ConversationsLast30Days", false)]
    [InlineData("V1", false)]
    [InlineData("ProfileProperties", false)]
    public void The_seam_rule_catches_what_it_names(string name, bool seam)
    {
        var siblings = new List<string> { name, "Code", "Code1" };

        Assert.Equal(seam, Seams(siblings, "test").Any(s => s.EndsWith("." + name, StringComparison.Ordinal)));
        Assert.Contains("test.Code1", Seams(siblings, "test"));
    }

    /// <summary>An underscore, a <c>Prop</c> suffix (a property renamed away from its class's name), or a numbered twin of a sibling.</summary>
    private static IEnumerable<string> Seams(IReadOnlyCollection<string> names, string scope) =>
        names.Where(n => n.Contains('_') || n.EndsWith("Prop", StringComparison.Ordinal) ||
                         (NumberedTwin().Match(n) is { Success: true } twin && names.Contains(twin.Groups[1].Value)))
            .Select(n => $"{scope}.{n}");

    private static string? Summary(string member) => Summaries.TryGetValue(member, out var text) ? text : null;

    private static string SimpleName(Type type) => type.Name.Split('`')[0];

    private static string XmlName(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    /// <summary>An indexer's documentation id names its parameter types: <c>P:...RequestBuilder.Item(System.String)</c>.</summary>
    private static string XmlName(PropertyInfo property)
    {
        var parameters = property.GetIndexParameters();
        var suffix = parameters.Length == 0 ? string.Empty : $"({string.Join(",", parameters.Select(p => XmlName(p.ParameterType)))})";
        return $"P:{XmlName(property.DeclaringType!)}.{property.Name}{suffix}";
    }

    [GeneratedRegex(@"^The \S+ property$")]
    private static partial Regex GeneratorFallback();

    [GeneratedRegex(@"^(.*\D)\d+$")]
    private static partial Regex NumberedTwin();
}
