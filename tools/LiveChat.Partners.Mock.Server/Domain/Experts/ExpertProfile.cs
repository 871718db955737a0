namespace LiveChat.Partners.Mock.Domain.Experts;

/// <summary>The Expert profile shown in the Experts Marketplace, as the Partner last saved it.</summary>
public sealed record ExpertProfile(
    string Company,
    string Phone,
    string Description,
    string ShortDescription,
    string Country,
    string Website,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Projects,
    string? Agents,
    IReadOnlyList<string> Languages,
    string HourRate,
    string ProjectRate,
    string Facebook,
    string Twitter,
    string Linkedin,
    string Googleplus);
