using System.Text.Json.Serialization;

namespace LiveChat.Partners.Benchmarks;

#pragma warning disable SA1402, SA1649 // the baseline's wire records, one small file

/// <summary>The source-generated serializer of the baseline's records (snake_case names, as on the wire).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(RawProfile))]
[JsonSerializable(typeof(RawLicenseList))]
[JsonSerializable(typeof(RawCreateCampaign))]
[JsonSerializable(typeof(RawCampaign))]
[JsonSerializable(typeof(RawLogoUrl))]
public sealed partial class RawJson : JsonSerializerContext;

/// <summary>A commission or discount rate.</summary>
public sealed record RawRate(decimal Percent, string EndTimestamp);

/// <summary>A program's affiliate links.</summary>
public sealed record RawAffiliateProgram(string Url, string ShortUrl, RawRate CurrentCommission);

/// <summary>Both affiliate programs.</summary>
public sealed record RawAffiliate(RawAffiliateProgram Livechat, RawAffiliateProgram LivechatPartnerProgram);

/// <summary>The Solution Partner discount.</summary>
public sealed record RawReseller(RawRate CurrentDiscount);

/// <summary>The Expert part of a profile.</summary>
public sealed record RawProfileExpert(string Status, int? MarketplacePosition);

/// <summary>Dashboard flags.</summary>
public sealed record RawProfileProperties(bool SalesKitPopupClosed, bool PitchDeckDownloaded, [property: JsonPropertyName("tier2_popup_closed")] bool Tier2PopupClosed);

/// <summary><c>GET /v2/partners</c>.</summary>
public sealed record RawProfile(
    string PartnerId,
    string Login,
    string FirstName,
    string LastName,
    string ContactName,
    string ContactEmail,
    bool SendMonthlySummary,
    bool SendNewsletter,
    bool SendNotifications,
    bool SendResellerWeeklySummary,
    RawAffiliate Affiliate,
    RawReseller Reseller,
    RawProfileExpert? Expert,
    RawProfileProperties Properties);

/// <summary>Recurly's view of a license.</summary>
public sealed record RawRecurly(bool Subscriber, bool InTrial, bool Recurrent);

/// <summary>A Solution Partner's client license.</summary>
public sealed record RawLicense(
    string License,
    string ClientName,
    string ClientEmail,
    string PurchaseOrder,
    string CreationTimestamp,
    string EndTimestamp,
    bool CcAdded,
    bool Paid,
    int Seats,
    string Plan,
    string BillingCycle,
    decimal TotalDiscount,
    decimal DiscountPercent,
    bool Expired,
    bool Blocked,
    string PaymentOrigin,
    long Conversations,
    [property: JsonPropertyName("conversations_last_30_days")] long ConversationsLast30Days,
    decimal TotalCommission,
    decimal CommissionPercent,
    string DataCenter,
    RawRecurly? Recurly);

/// <summary><c>GET /v2/partners/resellers/licenses</c>.</summary>
public sealed record RawLicenseList(List<RawLicense> Result);

/// <summary>The body of <c>POST /v2/partners/affiliates/livechat/campaigns</c>.</summary>
public sealed record RawCreateCampaign(string Name, int TrialDuration)
{
    /// <summary>A coupon of the Partner's.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? CouponId { get; init; }

    /// <summary>A LiveChat page path.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Link { get; init; }
}

/// <summary>A LiveChat campaign.</summary>
public sealed record RawCampaign(string Name, string Slug, int TrialDuration, string Discount, string Url, string ShortUrl, string CreationTimestamp);

/// <summary>The answer of the logo upload.</summary>
public sealed record RawLogoUrl(string Result);
