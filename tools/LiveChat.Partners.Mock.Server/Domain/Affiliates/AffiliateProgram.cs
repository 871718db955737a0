namespace LiveChat.Partners.Mock.Domain.Affiliates;

/// <summary>The two affiliate programs a campaign can promote, and the site its links point to.</summary>
public enum AffiliateProgram
{
    /// <summary>LiveChat (https://www.livechatinc.com/).</summary>
    LiveChat,

    /// <summary>The LiveChat Partner Program (https://partners.livechatinc.com/).</summary>
    PartnerProgram,
}

/// <summary>Facts about each <see cref="AffiliateProgram"/>.</summary>
public static class AffiliateProgramSites
{
    /// <summary>The site a campaign's <c>link</c> is added to.</summary>
    public static string SiteOf(AffiliateProgram program) => program switch
    {
        AffiliateProgram.LiveChat => "https://www.livechatinc.com/",
        _ => "https://partners.livechatinc.com/",
    };
}
