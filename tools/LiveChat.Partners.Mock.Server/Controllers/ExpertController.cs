using LiveChat.Partners.Mock.Contracts;
using LiveChat.Partners.Mock.Controllers.Wire;
using LiveChat.Partners.Mock.Domain;
using LiveChat.Partners.Mock.Domain.Experts;
using LiveChat.Partners.Mock.Pipeline;
using Microsoft.AspNetCore.Mvc;

namespace LiveChat.Partners.Mock.Controllers;

/// <summary>Expert: logo (first), profile, comments, stats, history (403 until the Partner is an Expert).</summary>
public sealed class ExpertController(LogoDimensions logoDimensions) : ExpertControllerBase
{
    /// <inheritdoc />
    public override Task<ActionResult<LogoUrl>> UploadExpertLogo(IFormFile body, CancellationToken cancellationToken = default)
    {
        var extension = ExpertLogo.Check(HttpContext.MockRequest().Body.Bytes, Request.ContentType, logoDimensions);
        var url = HttpContext.Sandbox().Write(s => s.Expert.UploadLogo(extension));
        return Task.FromResult<ActionResult<LogoUrl>>(new LogoUrl { Result = new Uri(url) });
    }

    /// <inheritdoc />
    public override Task<ActionResult<Contracts.ExpertProfile>> CreateExpertProfile([FromBody] ExpertProfileRequest body, CancellationToken cancellationToken = default) =>
        Save(body);

    /// <inheritdoc />
    public override Task<ActionResult<Contracts.ExpertProfile>> UpdateExpertProfile([FromBody] ExpertProfileRequest body, CancellationToken cancellationToken = default) =>
        Save(body);

    /// <inheritdoc />
    public override Task<ActionResult<Contracts.ExpertProfile>> GetExpertProfile(CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<Contracts.ExpertProfile>>(HttpContext.Sandbox().Read(s =>
        {
            s.Expert.RequireExpert();
            return s.Expert.ToContract(s.Account.PartnerId);
        }));

    /// <inheritdoc />
    public override Task<ActionResult<ExpertCommentList>> GetExpertComments(CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<ExpertCommentList>>(HttpContext.Sandbox().Read(s =>
        {
            s.Expert.RequireExpert();
            return new ExpertCommentList
            {
                Result = s.Expert.Comments.Select(c => c.ToContract()).ToList(),
            };
        }));

    /// <inheritdoc />
    public override Task<ActionResult<ExpertStats>> GetExpertStats(CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<ExpertStats>>(HttpContext.Sandbox().Read(s =>
        {
            s.Expert.RequireExpert();
            return new ExpertStats { Position = s.Expert.MarketplacePosition, Comments = s.Expert.Comments.Count, Messages = s.Expert.Messages };
        }));

    /// <inheritdoc />
    public override Task<ActionResult<ExpertHistory>> GetExpertHistory(CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<ExpertHistory>>(HttpContext.Sandbox().Read(s =>
        {
            s.Expert.RequireExpert();
            return new ExpertHistory { Result = s.Expert.History.Take(12).Select(h => h.ToHistoryMonth()).ToList() };
        }));

    private Task<ActionResult<Contracts.ExpertProfile>> Save(ExpertProfileRequest body)
    {
        var profile = body.ToDomain();
        return Task.FromResult<ActionResult<Contracts.ExpertProfile>>(HttpContext.Sandbox().Write(s =>
        {
            s.Expert.Save(profile);
            return s.Expert.ToContract(s.Account.PartnerId);
        }));
    }
}
