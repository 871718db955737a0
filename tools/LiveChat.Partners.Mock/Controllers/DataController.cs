using LiveChat.Partners.Mock.Contracts;
using LiveChat.Partners.Mock.Domain;

namespace LiveChat.Partners.Mock.Controllers;

/// <summary>The public look-ups of the codes other operations accept.</summary>
public sealed class DataController : DataControllerBase
{
    /// <inheritdoc />
    public override Task<Microsoft.AspNetCore.Mvc.ActionResult<CodeList>> GetCountries(CancellationToken cancellationToken = default) =>
        Task.FromResult<Microsoft.AspNetCore.Mvc.ActionResult<CodeList>>(ToList(ReferenceData.Countries));

    /// <inheritdoc />
    public override Task<Microsoft.AspNetCore.Mvc.ActionResult<CodeList>> GetExpertCategories(CancellationToken cancellationToken = default) =>
        Task.FromResult<Microsoft.AspNetCore.Mvc.ActionResult<CodeList>>(ToList(ReferenceData.ExpertCategories));

    /// <inheritdoc />
    public override Task<Microsoft.AspNetCore.Mvc.ActionResult<CodeList>> GetLanguages(CancellationToken cancellationToken = default) =>
        Task.FromResult<Microsoft.AspNetCore.Mvc.ActionResult<CodeList>>(ToList(ReferenceData.Languages));

    private static CodeList ToList(IEnumerable<KeyValuePair<string, string>> codes) =>
        new() { Result = codes.Select(c => new Code { Code1 = c.Key, Name = c.Value }).ToList() };
}
