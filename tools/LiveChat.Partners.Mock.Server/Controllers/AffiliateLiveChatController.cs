using LiveChat.Partners.Mock.Contracts;
using LiveChat.Partners.Mock.Controllers.Wire;
using LiveChat.Partners.Mock.Domain;
using LiveChat.Partners.Mock.Domain.Affiliates;
using LiveChat.Partners.Mock.Pipeline;
using LiveChat.Partners.Mock.Serialization;
using Microsoft.AspNetCore.Mvc;

namespace LiveChat.Partners.Mock.Controllers;

/// <summary>LiveChat affiliate: campaigns, licenses, performance, history. The deprecated paths share the same state.</summary>
public sealed class AffiliateLiveChatController(JsonAnswerCache answers) : AffiliateLiveChatControllerBase
{
    /// <inheritdoc />
    [Obsolete("Deprecated in the API; served with the same state as its replacement.")]
    public override Task<ActionResult<LiveChatCampaign>> CreateCampaignDeprecated([FromBody] CreateLiveChatCampaignRequest body, CancellationToken cancellationToken = default) =>
        CreateLiveChatCampaign(body, cancellationToken);

    /// <inheritdoc />
    [Obsolete("Deprecated in the API; served with the same state as its replacement.")]
    public override Task<ActionResult<SuccessResult>> DisableCampaignDeprecated(string slug, CancellationToken cancellationToken = default) =>
        DisableLiveChatCampaign(slug, cancellationToken);

    /// <inheritdoc />
    [Obsolete("Deprecated in the API; served with the same state as its replacement.")]
    public override Task<ActionResult<LiveChatCampaignList>> GetActiveCampaignsDeprecated(CancellationToken cancellationToken = default) =>
        GetLiveChatActiveCampaigns(cancellationToken);

    /// <inheritdoc />
    [Obsolete("Deprecated in the API; served with the same state as its replacement.")]
    public override Task<ActionResult<DisabledLiveChatCampaignList>> GetDisabledCampaignsDeprecated(CancellationToken cancellationToken = default) =>
        GetLiveChatDisabledCampaigns(cancellationToken);

    /// <inheritdoc />
    [Obsolete("Deprecated in the API; served with the same state as its replacement.")]
    public override Task<ActionResult<AffiliateLicenseList>> GetLicensesDeprecated(DateTimeOffset? date_from, DateTimeOffset? date_to, CancellationToken cancellationToken = default) =>
        GetLiveChatLicenses(date_from, date_to, cancellationToken);

    /// <inheritdoc />
    [Obsolete("Deprecated in the API; served with the same state as its replacement.")]
    public override Task<ActionResult<LiveChatPerformanceReport>> GetPerformanceReportDeprecated(DateTimeOffset? date_from, DateTimeOffset? date_to, CancellationToken cancellationToken = default) =>
        GetLiveChatPerformanceReport(date_from, date_to, cancellationToken);

    /// <inheritdoc />
    [Obsolete("Deprecated in the API; served with the same state as its replacement.")]
    public override Task<ActionResult<AffiliateHistory>> GetAffiliateHistoryDeprecated(CancellationToken cancellationToken = default) =>
        GetLiveChatAffiliateHistory(cancellationToken);

    /// <inheritdoc />
    public override Task<ActionResult<LiveChatCampaign>> CreateLiveChatCampaign([FromBody] CreateLiveChatCampaignRequest body, CancellationToken cancellationToken = default)
    {
        var campaign = HttpContext.Sandbox().Write(s =>
        {
            var coupon = body.Coupon_id is { } id ? s.Coupons.RequireOwned(id) : null;
            return s.Campaigns.Create(Domain.Affiliates.AffiliateProgram.LiveChat, body.Name, body.Trial_duration, coupon, body.Link, HttpContext.Sandbox().Now).ToLiveChat();
        });
        return Task.FromResult<ActionResult<LiveChatCampaign>>(StatusCode(201, campaign));
    }

    /// <inheritdoc />
    public override Task<ActionResult<SuccessResult>> DisableLiveChatCampaign(string slug, CancellationToken cancellationToken = default)
    {
        HttpContext.Sandbox().Write(s => s.Campaigns.Disable(Domain.Affiliates.AffiliateProgram.LiveChat, slug, HttpContext.Sandbox().Now));
        return Task.FromResult<ActionResult<SuccessResult>>(new SuccessResult { Success = true });
    }

    /// <inheritdoc />
    /// <remarks>Serialized once per state of the list (<see cref="JsonAnswerCache"/>): the book keeps its list until a change.</remarks>
    public override Task<ActionResult<LiveChatCampaignList>> GetLiveChatActiveCampaigns(CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<LiveChatCampaignList>>(new JsonBytesResult(HttpContext.Sandbox().Read(s =>
        {
            var active = s.Campaigns.Active(Domain.Affiliates.AffiliateProgram.LiveChat);
            return answers.Get(active, () => new LiveChatCampaignList { Result = active.Select(c => c.ToLiveChat()).ToList() });
        })));

    /// <inheritdoc />
    public override Task<ActionResult<DisabledLiveChatCampaignList>> GetLiveChatDisabledCampaigns(CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<DisabledLiveChatCampaignList>>(HttpContext.Sandbox().Read(s => new DisabledLiveChatCampaignList
        {
            Result = s.Campaigns.Disabled(Domain.Affiliates.AffiliateProgram.LiveChat).Select(c => c.ToDisabledLiveChat()).ToList(),
        }));

    /// <inheritdoc />
    public override Task<ActionResult<AffiliateLicenseList>> GetLiveChatLicenses(DateTimeOffset? date_from, DateTimeOffset? date_to, CancellationToken cancellationToken = default)
    {
        var range = QueryDays.Range(date_from, date_to);
        return Task.FromResult<ActionResult<AffiliateLicenseList>>(HttpContext.Sandbox().Read(s => new AffiliateLicenseList
        {
            Result = s.LiveChat.LicensesIn(range).Select(l => l.ToContract()).ToList(),
        }));
    }

    /// <inheritdoc />
    public override Task<ActionResult<LiveChatPerformanceReport>> GetLiveChatPerformanceReport(DateTimeOffset? date_from, DateTimeOffset? date_to, CancellationToken cancellationToken = default)
    {
        var range = QueryDays.Range(date_from, date_to);
        return Task.FromResult<ActionResult<LiveChatPerformanceReport>>(HttpContext.Sandbox().Read(s => new LiveChatPerformanceReport
        {
            Result = s.LiveChat.PerformanceIn(range).Select(r => r.ToLiveChat()).ToList(),
        }));
    }

    /// <inheritdoc />
    public override Task<ActionResult<AffiliateHistory>> GetLiveChatAffiliateHistory(CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<AffiliateHistory>>(HttpContext.Sandbox().Read(s => new AffiliateHistory
        {
            Result = s.LiveChat.LastTwelveMonths().Select(h => h.ToContract()).ToList(),
        }));
}
