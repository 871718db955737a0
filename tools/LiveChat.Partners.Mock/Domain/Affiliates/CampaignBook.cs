using LiveChat.Partners.Mock.Domain.Account;
using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Domain.Affiliates;

/// <summary>
/// The Partner's campaigns in both programs: create (409 on a taken name, 403 on a foreign coupon),
/// list active / disabled, disable (403 when unknown or already disabled). The deprecated LiveChat paths
/// use the same book, so they share state with the current ones.
/// </summary>
public sealed class CampaignBook(string partnerId)
{
    private readonly List<Campaign> _campaigns = [];
    private int _shortLinks;

    /// <summary>Active campaigns of a program, newest first.</summary>
    public IReadOnlyList<Campaign> Active(AffiliateProgram program) =>
        _campaigns.Where(c => c.Program == program && c.DisabledAt is null).OrderByDescending(c => c.CreatedAt).ToList();

    /// <summary>Disabled campaigns of a program, most recently disabled first.</summary>
    public IReadOnlyList<Campaign> Disabled(AffiliateProgram program) =>
        _campaigns.Where(c => c.Program == program && c.DisabledAt is not null).OrderByDescending(c => c.DisabledAt).ToList();

    /// <summary>Creates a campaign. Checks every rule before it changes anything.</summary>
    public Campaign Create(AffiliateProgram program, string name, int trialDuration, Coupon? coupon, string? link, DateTimeOffset now)
    {
        if (_campaigns.Any(c => c.Program == program && string.Equals(c.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw ApiErrorException.Conflict("campaign with this name already exists", "name");
        }

        var slug = UniqueSlug(program, CampaignSlug.From(name));
        var campaign = new Campaign
        {
            Program = program,
            Name = name,
            Slug = slug,
            TrialDuration = trialDuration,
            Discount = coupon?.Label ?? string.Empty,
            Url = $"{AffiliateProgramSites.SiteOf(program)}{link ?? string.Empty}?a={partnerId}&utm_campaign={slug}&utm_source=PP",
            ShortUrl = NextShortUrl(),
            CreatedAt = now,
        };
        _campaigns.Add(campaign);
        return campaign;
    }

    /// <summary>Adds a seeded campaign as it is.</summary>
    public void Seed(Campaign campaign) => _campaigns.Add(campaign);

    /// <summary>Disables a campaign; 403 when it does not exist or is already disabled.</summary>
    public Campaign Disable(AffiliateProgram program, string slug, DateTimeOffset now)
    {
        var campaign = _campaigns.FirstOrDefault(c => c.Program == program && c.Slug == slug && c.DisabledAt is null)
            ?? throw ApiErrorException.Forbidden("campaign doesn't exist or was already disabled", "slug");
        campaign.DisabledAt = now;
        return campaign;
    }

    /// <summary>A short link unique in the server (the partner id keeps sandboxes apart).</summary>
    public string NextShortUrl() => $"https://lc.chat/{partnerId}{++_shortLinks:x}";

    private string UniqueSlug(AffiliateProgram program, string slug)
    {
        var candidate = slug;
        for (var n = 2; _campaigns.Any(c => c.Program == program && c.Slug == candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
