using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Domain.Experts;

/// <summary>
/// The Partner as an Expert: the logo (uploaded first), the profile (which makes the Partner an Expert),
/// the status, and the Marketplace comments, stats and history (403 until the Partner is an Expert).
/// </summary>
public sealed class Expert(string partnerId)
{
    private int _logos;

    /// <summary>The URL of the uploaded logo, or null.</summary>
    public string? LogoUrl { get; private set; }

    /// <summary>The saved profile, or null while the Partner is not an Expert.</summary>
    public ExpertProfile? Profile { get; private set; }

    /// <summary>Pending after the profile is first saved, then verified or rejected.</summary>
    public ExpertStatus Status { get; set; } = ExpertStatus.Pending;

    /// <summary>Position in the Experts Marketplace.</summary>
    public int MarketplacePosition { get; set; } = 2;

    /// <summary>Messages received through the Marketplace.</summary>
    public int Messages { get; set; } = 132;

    /// <summary>Comments on the profile, newest first.</summary>
    public List<ExpertComment> Comments { get; } = [];

    /// <summary>Monthly profile views, newest first.</summary>
    public List<(string Month, int ProfileViews)> History { get; } = [];

    /// <summary>Whether the Partner is an Expert (has a profile).</summary>
    public bool IsExpert => Profile is not null;

    /// <summary>Stores a checked logo and returns its URL.</summary>
    public string UploadLogo(string extension)
    {
        LogoUrl = $"https://cdn.livechatinc.com/experts/{partnerId}/logo-{++_logos}.{extension}";
        return LogoUrl;
    }

    /// <summary>Saves the profile; 403 while no logo was uploaded; 400 on a rule the spec cannot express.</summary>
    public void Save(ExpertProfile profile)
    {
        if (LogoUrl is null)
        {
            throw ApiErrorException.Forbidden("missing logo: upload the Expert logo first");
        }

        ExpertProfileRules.Check(profile);
        Profile = profile;
    }

    /// <summary>Makes the Partner an Expert with <paramref name="profile"/> and <paramref name="logoUrl"/> (admin state setter).</summary>
    public void Become(ExpertProfile profile, string logoUrl)
    {
        LogoUrl ??= logoUrl;
        Profile ??= profile;
    }

    /// <summary>Stops the Partner being an Expert (admin state setter).</summary>
    public void Resign() => Profile = null;

    /// <summary>403 unless the Partner is an Expert.</summary>
    public ExpertProfile RequireExpert() =>
        Profile ?? throw ApiErrorException.Forbidden("Partner is not an Expert");
}
