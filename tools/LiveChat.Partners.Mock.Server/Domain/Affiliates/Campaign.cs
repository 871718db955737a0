namespace LiveChat.Partners.Mock.Domain.Affiliates;

/// <summary>An affiliate campaign: a named, tracked link to a program's page.</summary>
public sealed class Campaign
{
    /// <summary>The program the campaign promotes.</summary>
    public required AffiliateProgram Program { get; init; }

    /// <summary>The campaign name (5..100 characters, unique in the program).</summary>
    public required string Name { get; init; }

    /// <summary><c>pp_</c> + the URL-friendly name.</summary>
    public required string Slug { get; init; }

    /// <summary>Trial days (LiveChat campaigns only).</summary>
    public int TrialDuration { get; init; }

    /// <summary>The label of the campaign's coupon, or empty.</summary>
    public string Discount { get; init; } = string.Empty;

    /// <summary>The tracked link.</summary>
    public required string Url { get; init; }

    /// <summary>The short link.</summary>
    public required string ShortUrl { get; init; }

    /// <summary>When it was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was disabled, or null while active.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}
