using LiveChat.Partners.Mock.Contracts;
using LiveChat.Partners.Mock.Controllers.Wire;
using LiveChat.Partners.Mock.Domain;
using LiveChat.Partners.Mock.Pipeline;
using Microsoft.AspNetCore.Mvc;
using Programs = LiveChat.Partners.Mock.Domain.Affiliates.AffiliateProgram;

namespace LiveChat.Partners.Mock.Controllers;

/// <summary>Partner Program affiliate: campaigns, leads, their licenses, performance, history.</summary>
public sealed class AffiliatePartnerProgramController : AffiliatePartnerProgramControllerBase
{
    /// <inheritdoc />
    public override Task<ActionResult<PartnerProgramCampaign>> CreatePartnerProgramCampaign([FromBody] CreatePartnerProgramCampaignRequest body, CancellationToken cancellationToken = default)
    {
        var campaign = HttpContext.Sandbox().Write(s => s.Campaigns.Create(Programs.PartnerProgram, body.Name, 0, null, body.Link, HttpContext.Sandbox().Now).ToPartnerProgram());
        return Task.FromResult<ActionResult<PartnerProgramCampaign>>(StatusCode(201, campaign));
    }

    /// <inheritdoc />
    public override Task<ActionResult<SuccessResult>> DisablePartnerProgramCampaign(string slug, CancellationToken cancellationToken = default)
    {
        HttpContext.Sandbox().Write(s => s.Campaigns.Disable(Programs.PartnerProgram, slug, HttpContext.Sandbox().Now));
        return Task.FromResult<ActionResult<SuccessResult>>(new SuccessResult { Success = true });
    }

    /// <inheritdoc />
    public override Task<ActionResult<PartnerProgramCampaignList>> GetPartnerProgramActiveCampaigns(CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<PartnerProgramCampaignList>>(HttpContext.Sandbox().Read(s => new PartnerProgramCampaignList
        {
            Result = s.Campaigns.Active(Programs.PartnerProgram).Select(c => c.ToPartnerProgram()).ToList(),
        }));

    /// <inheritdoc />
    public override Task<ActionResult<DisabledPartnerProgramCampaignList>> GetPartnerProgramDisabledCampaigns(CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<DisabledPartnerProgramCampaignList>>(HttpContext.Sandbox().Read(s => new DisabledPartnerProgramCampaignList
        {
            Result = s.Campaigns.Disabled(Programs.PartnerProgram).Select(c => c.ToDisabledPartnerProgram()).ToList(),
        }));

    /// <inheritdoc />
    public override Task<ActionResult<LeadList>> GetPartnerProgramLeads(CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<LeadList>>(HttpContext.Sandbox().Read(s => new LeadList
        {
            Result = s.PartnerProgram.Leads.OrderByDescending(l => l.CreatedAt).Select(l => l.ToContract()).ToList(),
        }));

    /// <inheritdoc />
    public override Task<ActionResult<LeadLicenseList>> GetPartnerProgramLeadsLicenses(DateTimeOffset? date_from, DateTimeOffset? date_to, CancellationToken cancellationToken = default)
    {
        var range = QueryDays.Range(date_from, date_to);
        return Task.FromResult<ActionResult<LeadLicenseList>>(HttpContext.Sandbox().Read(s => new LeadLicenseList
        {
            Result = s.PartnerProgram.LicensesIn(range).Select(l => l.ToLeadLicense()).ToList(),
        }));
    }

    /// <inheritdoc />
    public override Task<ActionResult<PartnerProgramPerformanceReport>> GetPartnerProgramPerformanceReport(DateTimeOffset? date_from, DateTimeOffset? date_to, CancellationToken cancellationToken = default)
    {
        var range = QueryDays.Range(date_from, date_to);
        return Task.FromResult<ActionResult<PartnerProgramPerformanceReport>>(HttpContext.Sandbox().Read(s => new PartnerProgramPerformanceReport
        {
            Result = s.PartnerProgram.PerformanceIn(range).Select(r => r.ToPartnerProgram()).ToList(),
        }));
    }

    /// <inheritdoc />
    public override Task<ActionResult<LeadsHistory>> GetPartnerProgramLeadsHistory(CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<LeadsHistory>>(HttpContext.Sandbox().Read(s => new LeadsHistory
        {
            Result = s.PartnerProgram.LastTwelveMonths().Select(h => h.ToLeadsMonth()).ToList(),
        }));
}
