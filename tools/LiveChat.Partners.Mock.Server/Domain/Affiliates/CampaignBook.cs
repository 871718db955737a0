using LiveChat.Partners.Mock.Domain.Account;
using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Domain.Affiliates;

/// <summary>
/// The Partner's campaigns in both programs: create (409 on a taken name, 403 on a foreign coupon),
/// list active / disabled, disable (403 when unknown or already disabled). The deprecated LiveChat paths
/// use the same book, so they share state with the current ones.
/// </summary>
/// <remarks>
/// Names and slugs are indexed per program, so creating or disabling a campaign costs the same with
/// 10 or 10,000 campaigns; the sorted lists are kept until the next change. Callers hold the sandbox lock.
/// </remarks>
public sealed class CampaignBook(string partnerId)
{
    private readonly Dictionary<AffiliateProgram, ProgramCampaigns> _programs = [];
    private int _shortLinks;

    /// <summary>Most campaigns per program (creating one more gets 429).</summary>
    public ObjectCap Cap { get; set; } = ObjectCap.None;

    /// <summary>Active campaigns of a program, newest first.</summary>
    public IReadOnlyList<Campaign> Active(AffiliateProgram program) => Of(program).Active();

    /// <summary>Disabled campaigns of a program, most recently disabled first.</summary>
    public IReadOnlyList<Campaign> Disabled(AffiliateProgram program) => Of(program).Disabled();

    /// <summary>Creates a campaign. Checks every rule before it changes anything.</summary>
    public Campaign Create(AffiliateProgram program, string name, int trialDuration, Coupon? coupon, string? link, DateTimeOffset now)
    {
        var campaigns = Of(program);
        if (campaigns.HasName(name))
        {
            throw ApiErrorException.Conflict("campaign with this name already exists", "name");
        }

        Cap.EnsureRoom(campaigns.Count, $"campaigns in the {program} program");

        var slug = campaigns.UniqueSlug(CampaignSlug.From(name));
        var campaign = new Campaign
        {
            Program = program,
            Name = name,
            Slug = slug,
            TrialDuration = trialDuration,
            Discount = coupon?.Label ?? string.Empty,
            Url = $"{AffiliateProgramSites.SiteOf(program)}{PagePath(link)}?a={partnerId}&utm_campaign={slug}&utm_source=PP",
            ShortUrl = NextShortUrl(),
            CreatedAt = now,
        };
        campaigns.Add(campaign);
        return campaign;
    }

    /// <summary>
    /// A campaign's <c>link</c> as the page path added to the program's site (<c>features/</c>). The
    /// reference sets no rule on its characters, so each path segment is percent-encoded: the campaign's
    /// URL stays a valid URL whatever the link holds.
    /// </summary>
    private static string PagePath(string? link) =>
        string.Join('/', (link ?? string.Empty).Split('/').Select(Uri.EscapeDataString));

    /// <summary>Adds a seeded campaign as it is.</summary>
    public void Seed(Campaign campaign) => Of(campaign.Program).Add(campaign);

    /// <summary>Disables a campaign; 403 when it does not exist or is already disabled.</summary>
    public Campaign Disable(AffiliateProgram program, string slug, DateTimeOffset now)
    {
        var campaigns = Of(program);
        var campaign = campaigns.Find(slug) is { DisabledAt: null } found
            ? found
            : throw ApiErrorException.Forbidden("campaign doesn't exist or was already disabled", "slug");
        campaign.DisabledAt = now;
        campaigns.Changed();
        return campaign;
    }

    /// <summary>A short link unique in the server (the partner id keeps sandboxes apart).</summary>
    public string NextShortUrl() => $"https://lc.chat/{partnerId}{++_shortLinks:x}";

    private ProgramCampaigns Of(AffiliateProgram program)
    {
        if (!_programs.TryGetValue(program, out var campaigns))
        {
            campaigns = new ProgramCampaigns();
            _programs.Add(program, campaigns);
        }

        return campaigns;
    }

    /// <summary>One program's campaigns, indexed by name and slug.</summary>
    private sealed class ProgramCampaigns
    {
        private readonly Dictionary<string, Campaign> _bySlug = new(StringComparer.Ordinal);
        private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);
        private IReadOnlyList<Campaign>? _active;
        private IReadOnlyList<Campaign>? _disabled;

        public bool HasName(string name) => _names.Contains(name.Trim());

        public Campaign? Find(string slug) => _bySlug.GetValueOrDefault(slug);

        public string UniqueSlug(string slug)
        {
            var candidate = slug;
            for (var n = 2; _bySlug.ContainsKey(candidate); n++)
            {
                candidate = $"{slug}-{n}";
            }

            return candidate;
        }

        public void Add(Campaign campaign)
        {
            _bySlug.Add(campaign.Slug, campaign);
            _names.Add(campaign.Name.Trim());
            Changed();
        }

        public int Count => _bySlug.Count;

        public void Changed() => (_active, _disabled) = (null, null);

        public IReadOnlyList<Campaign> Active() =>
            _active ??= _bySlug.Values.Where(c => c.DisabledAt is null).OrderByDescending(c => c.CreatedAt).ToList();

        public IReadOnlyList<Campaign> Disabled() =>
            _disabled ??= _bySlug.Values.Where(c => c.DisabledAt is not null).OrderByDescending(c => c.DisabledAt).ToList();
    }
}
