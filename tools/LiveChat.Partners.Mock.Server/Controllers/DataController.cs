using LiveChat.Partners.Mock.Contracts;
using LiveChat.Partners.Mock.Domain;

namespace LiveChat.Partners.Mock.Controllers;

/// <summary>The public look-ups of the codes other operations accept.</summary>
public sealed class DataController : DataControllerBase
{
    /// <inheritdoc />
    public override Task<Microsoft.AspNetCore.Mvc.ActionResult<NamedCodeList>> GetCountries(CancellationToken cancellationToken = default) =>
        Task.FromResult<Microsoft.AspNetCore.Mvc.ActionResult<NamedCodeList>>(ToList(ReferenceData.Countries));

    /// <inheritdoc />
    public override Task<Microsoft.AspNetCore.Mvc.ActionResult<NamedCodeList>> GetExpertCategories(CancellationToken cancellationToken = default) =>
        Task.FromResult<Microsoft.AspNetCore.Mvc.ActionResult<NamedCodeList>>(ToList(ReferenceData.ExpertCategories));

    /// <inheritdoc />
    public override Task<Microsoft.AspNetCore.Mvc.ActionResult<NamedCodeList>> GetLanguages(CancellationToken cancellationToken = default) =>
        Task.FromResult<Microsoft.AspNetCore.Mvc.ActionResult<NamedCodeList>>(ToList(ReferenceData.Languages));

    private static NamedCodeList ToList(IEnumerable<KeyValuePair<string, string>> codes) =>
        new() { Result = codes.Select(c => new NamedCode { Code = c.Key, Name = c.Value }).ToList() };
}
