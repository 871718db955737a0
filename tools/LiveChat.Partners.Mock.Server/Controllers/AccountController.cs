using LiveChat.Partners.Mock.Contracts;
using LiveChat.Partners.Mock.Controllers.Wire;
using LiveChat.Partners.Mock.Domain;
using LiveChat.Partners.Mock.Pipeline;
using Microsoft.AspNetCore.Mvc;

namespace LiveChat.Partners.Mock.Controllers;

/// <summary>Account: status, profile, password, active licenses, earnings, billing, coupons.</summary>
public sealed class AccountController : AccountControllerBase
{
    /// <inheritdoc />
    public override Task<ActionResult<ApiStatus>> GetStatus(CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<ApiStatus>>(new ApiStatus { Status = "ok" });

    /// <inheritdoc />
    public override Task<ActionResult<Profile>> GetProfile(CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<Profile>>(HttpContext.Sandbox().Read(s => s.ToProfile()));

    /// <inheritdoc />
    public override Task<ActionResult<Profile>> UpdateProfile([FromBody] UpdateProfileRequest body, CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<Profile>>(HttpContext.Sandbox().Write(s =>
        {
            var a = s.Account;
            a.FirstName = body.First_name;
            a.LastName = body.Last_name;
            a.ContactName = body.Contact_name;
            a.ContactEmail = body.Contact_email;
            a.SendMonthlySummary = body.Send_monthly_summary ?? a.SendMonthlySummary;
            a.SendResellerWeeklySummary = body.Send_reseller_weekly_summary ?? a.SendResellerWeeklySummary;
            a.SendNewsletter = body.Send_newsletter ?? a.SendNewsletter;
            a.SendNotifications = body.Send_notifications ?? a.SendNotifications;
            return s.ToProfile();
        }));

    /// <inheritdoc />
    public override Task<ActionResult<SuccessResult>> ChangePassword([FromBody] ChangePasswordRequest body, CancellationToken cancellationToken = default)
    {
        HttpContext.Sandbox().Write(s =>
        {
            s.Account.ChangePassword(body.Current_password, body.New_password);
            return 0;
        });
        return Task.FromResult<ActionResult<SuccessResult>>(new SuccessResult { Success = true });
    }

    /// <inheritdoc />
    [Obsolete("Deprecated in the API; served with the same state as its replacement.")]
    public override Task<ActionResult<ActiveLicenses>> GetActiveLicensesDeprecated(CancellationToken cancellationToken = default) =>
        GetActiveLicenses(cancellationToken);

    /// <inheritdoc />
    public override Task<ActionResult<ActiveLicenses>> GetActiveLicenses(CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<ActiveLicenses>>(HttpContext.Sandbox().Read(s => s.ToActiveLicenses()));

    /// <inheritdoc />
    public override Task<ActionResult<Contracts.Earnings>> GetEarnings(CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<Contracts.Earnings>>(HttpContext.Sandbox().Read(s => s.ToEarnings()));

    /// <inheritdoc />
    public override Task<ActionResult<Billing>> GetBilling(CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<Billing>>(HttpContext.Sandbox().Read(s => s.Billing.ToBilling()));

    /// <inheritdoc />
    public override Task<ActionResult<Billing>> UpdateBilling([FromBody] UpdateBillingRequest body, CancellationToken cancellationToken = default)
    {
        if (!ReferenceData.IsCountry(body.Country))
        {
            throw Errors.ApiErrorException.Validation("country", "is not a known country code");
        }

        var billing = body.ToDomain();
        return Task.FromResult<ActionResult<Billing>>(HttpContext.Sandbox().Write(s =>
        {
            s.Billing = billing;
            return s.Billing.ToBilling();
        }));
    }

    /// <inheritdoc />
    public override Task<ActionResult<CouponList>> GetActiveCoupons(CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<CouponList>>(HttpContext.Sandbox().Read(s => new CouponList
        {
            Result = s.Coupons.Active.Select(c => c.ToContract()).ToList(),
        }));
}
