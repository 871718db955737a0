using LiveChat.Partners.Mock.Contracts;
using LiveChat.Partners.Mock.Domain;

namespace LiveChat.Partners.Mock.Controllers.Wire;

/// <summary>The Expert profile between the wire and the domain.</summary>
public static class ExpertWire
{
    /// <summary>The domain profile of a request.</summary>
    public static Domain.Experts.ExpertProfile ToDomain(this ExpertProfileRequest r) => new(
        r.Company,
        r.Phone,
        r.Description,
        r.Short_description,
        r.Country,
        r.Website.OriginalString,
        r.Categories,
        r.Projects.Select(p => p.OriginalString).ToList(),
        r.Agents is { } agents ? WireEnum.Name(agents) : null, // a range label, kept as the API words it
        r.Languages ?? [],
        r.Hour_rate ?? string.Empty,
        r.Project_rate ?? string.Empty,
        r.Facebook ?? string.Empty,
        r.Twitter ?? string.Empty,
        r.Linkedin ?? string.Empty,
        r.Googleplus ?? string.Empty);

    /// <summary>The wire profile.</summary>
    public static Contracts.ExpertProfile ToContract(this Domain.Experts.Expert expert, string partnerId)
    {
        var p = expert.Profile!;
        return new Contracts.ExpertProfile
        {
            Expert_id = partnerId,
            Status = expert.Status.Wire(),
            Company = p.Company,
            Phone = p.Phone,
            Logo = new Uri(expert.LogoUrl!),
            Description = p.Description,
            Short_description = p.ShortDescription,
            Agents = p.Agents is null ? null : p.Agents,
            Hour_rate = p.HourRate,
            Project_rate = p.ProjectRate,
            Country = p.Country,
            Website = new Uri(p.Website),
            Facebook = p.Facebook,
            Twitter = p.Twitter,
            Linkedin = p.Linkedin,
            Googleplus = p.Googleplus,
            Categories = p.Categories.ToList(),
            Languages = p.Languages.ToList(),
            Projects = p.Projects.Select(u => new Uri(u)).ToList(),
        };
    }

    /// <summary>A comment on the profile.</summary>
    public static Contracts.ExpertComment ToContract(this Domain.Experts.ExpertComment c) =>
        new() { Comment = c.Comment, Author = c.Author, Creation_timestamp = WireTime.Format(c.CreatedAt), Website = c.Website };

    /// <summary>A month of profile views.</summary>
    public static ExpertHistoryMonth ToHistoryMonth(this (string Month, int ProfileViews) h) => new() { Date = h.Month, Profile_views = h.ProfileViews };
}
