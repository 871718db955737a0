using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using LiveChat.Partners.Testing;

namespace LiveChat.Partners.Tests;

/// <summary>
/// Issue 11: what a .NET user reads in IntelliSense, by reflection over the built assemblies of the packages
/// (<c>LiveChat.Partners</c>, and <c>LiveChat.Partners.Testing</c> with its generated admin client) and their XML
/// documentation files — generated surface included. Every public type and property has a real summary (not Kiota's
/// "The X property" fallback), and no name shows the generator's seams. The public API baselines pin which names
/// exist; these tests check what the names and their docs look like.
/// </summary>
public sealed partial class PublicSurfaceTests
{
    private static readonly IReadOnlyDictionary<string, Surface> Surfaces = new[]
    {
        typeof(LiveChatPartnersClient).Assembly,
        typeof(LiveChatPartnersMock).Assembly,
    }.ToDictionary(a => a.GetName().Name!, a => new Surface(a));

    /// <summary>The assemblies a package user compiles against.</summary>
    public static TheoryData<string> Packages => new(Surfaces.Keys);

    [Theory]
    [MemberData(nameof(Packages))]
    public void Every_public_type_has_a_summary(string package)
    {
        var surface = Surfaces[package];
        var missing = surface.Types.Where(t => surface.Summary("T:" + XmlName(t)) is null or "").Select(t => t.FullName).ToList();

        Assert.True(missing.Count == 0, $"{missing.Count} public types without a summary: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Every_public_property_has_a_real_summary(string package)
    {
        var surface = Surfaces[package];
        var poor = surface.Properties
            .Select(p => (Property: $"{p.DeclaringType!.FullName}.{p.Name}", Summary: surface.Summary(XmlName(p))))
            .Where(p => p.Summary is null or "" || GeneratorFallback().IsMatch(p.Summary))
            .Select(p => $"{p.Property} ({p.Summary ?? "no summary"})")
            .ToList();

        Assert.True(poor.Count == 0, $"{poor.Count} public properties without a real summary: {string.Join("; ", poor)}");
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void No_public_name_shows_the_generators_seams(string package)
    {
        var types = Surfaces[package].Types;
        var seams = types.GroupBy(t => t.Namespace).SelectMany(g => Seams(g.Select(t => SimpleName(t)).ToList(), g.Key ?? ""))
            .Concat(types.SelectMany(t => Seams(t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => p.Name).ToList(), t.FullName!)))
            .Concat(types.Where(t => t.IsEnum).SelectMany(t => Seams(Enum.GetNames(t), t.FullName!)))
            .ToList();

        Assert.True(seams.Count == 0, $"names with the generator's seams: {string.Join(", ", seams)}");
    }

    [Theory]
    [InlineData("ApiStatus_status", true)]
    [InlineData("LicenseProp", true)]
    [InlineData("WithLicense_ItemRequestBuilder", true)]
    [InlineData("BalancePutRequestBody", true)]
    [InlineData("JournalGetResponse", true)]
    [InlineData("ErrorResponse", false)]
    [InlineData("SetClockRequest", false)]
    [InlineData("ConversationsLast30Days", false)]
    [InlineData("V1", false)]
    [InlineData("ProfileProperties", false)]
    public void The_seam_rule_catches_what_it_names(string name, bool seam)
    {
        var siblings = new List<string> { name, "Code", "Code1" };

        Assert.Equal(seam, Seams(siblings, "test").Any(s => s.EndsWith("." + name, StringComparison.Ordinal)));
        Assert.Contains("test.Code1", Seams(siblings, "test"));
    }

    /// <summary>
    /// An underscore, a <c>Prop</c> suffix (a property renamed away from its class's name), the name Kiota gives an
    /// inline body (<c>BalancePutRequestBody</c>, <c>JournalGetResponse</c>: a path segment and a verb), or a numbered
    /// twin of a sibling.
    /// </summary>
    private static IEnumerable<string> Seams(IReadOnlyCollection<string> names, string scope) =>
        names.Where(n => n.Contains('_') || n.EndsWith("Prop", StringComparison.Ordinal) || InlineBody().IsMatch(n) ||
                         (NumberedTwin().Match(n) is { Success: true } twin && names.Contains(twin.Groups[1].Value)))
            .Select(n => $"{scope}.{n}");

    private static string SimpleName(Type type) => type.Name.Split('`')[0];

    private static string XmlName(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    /// <summary>An indexer's documentation id names its parameter types: <c>P:...RequestBuilder.Item(System.String)</c>.</summary>
    private static string XmlName(PropertyInfo property)
    {
        var parameters = property.GetIndexParameters();
        var suffix = parameters.Length == 0 ? string.Empty : $"({string.Join(",", parameters.Select(p => XmlName(p.ParameterType)))})";
        return $"P:{XmlName(property.DeclaringType!)}.{property.Name}{suffix}";
    }

    /// <summary>One assembly's public types and properties, and the summaries of its XML documentation file.</summary>
    private sealed class Surface(Assembly assembly)
    {
        private readonly IReadOnlyDictionary<string, string> _summaries = XDocument
            .Load(Path.ChangeExtension(assembly.Location, ".xml"))
            .Descendants("member")
            .ToDictionary(
                m => (string)m.Attribute("name")!,
                m => m.Element("inheritdoc") is not null ? "(inherited)" : Regex.Replace(m.Element("summary")?.Value ?? string.Empty, @"\s+", " ").Trim());

        public IReadOnlyList<Type> Types { get; } = assembly.GetExportedTypes();

        public IEnumerable<PropertyInfo> Properties => Types.SelectMany(t =>
            t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly));

        public string? Summary(string member) => _summaries.TryGetValue(member, out var text) ? text : null;
    }

    [GeneratedRegex(@"^The \S+ property$")]
    private static partial Regex GeneratorFallback();

    [GeneratedRegex(@"(Get|Post|Put|Patch|Delete)(RequestBody|Response)$")]
    private static partial Regex InlineBody();

    [GeneratedRegex(@"^(.*\D)\d+$")]
    private static partial Regex NumberedTwin();
}
