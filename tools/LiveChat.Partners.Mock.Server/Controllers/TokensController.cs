using LiveChat.Partners.Mock.Contracts;
using LiveChat.Partners.Mock.Controllers.Wire;
using LiveChat.Partners.Mock.Pipeline;
using Microsoft.AspNetCore.Mvc;

namespace LiveChat.Partners.Mock.Controllers;

/// <summary>API tokens: create (409 on a taken label), list, revoke.</summary>
public sealed class TokensController : TokensControllerBase
{
    /// <inheritdoc />
    public override Task<ActionResult<Contracts.ApiToken>> CreateApiToken([FromBody] CreateApiTokenRequest body, CancellationToken cancellationToken = default)
    {
        var token = HttpContext.Sandbox().Write(s => s.Tokens.Create(body.Label, HttpContext.Sandbox().Now));
        return Task.FromResult<ActionResult<Contracts.ApiToken>>(StatusCode(201, token.ToContract()));
    }

    /// <inheritdoc />
    public override Task<ActionResult<ApiTokenList>> GetApiTokenList(CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<ApiTokenList>>(HttpContext.Sandbox().Read(s => new ApiTokenList
        {
            Result = s.Tokens.Active.Select(t => t.ToContract()).ToList(),
        }));

    /// <inheritdoc />
    public override Task<ActionResult<SuccessResult>> RevokeApiToken(long tokenId, CancellationToken cancellationToken = default)
    {
        HttpContext.Sandbox().Write(s =>
        {
            s.Tokens.Revoke(tokenId);
            return 0;
        });
        return Task.FromResult<ActionResult<SuccessResult>>(new SuccessResult { Success = true });
    }
}
