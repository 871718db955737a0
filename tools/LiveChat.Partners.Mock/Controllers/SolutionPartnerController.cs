using LiveChat.Partners.Mock.Contracts;
using LiveChat.Partners.Mock.Controllers.Wire;
using LiveChat.Partners.Mock.Domain;
using LiveChat.Partners.Mock.Domain.Recurly;
using LiveChat.Partners.Mock.Domain.SolutionPartner;
using LiveChat.Partners.Mock.Errors;
using LiveChat.Partners.Mock.Pipeline;
using Microsoft.AspNetCore.Mvc;

namespace LiveChat.Partners.Mock.Controllers;

/// <summary>Solution Partner: client licenses, subscriptions, invoices, operators, and the Recurly token call.</summary>
public sealed class SolutionPartnerController(TimeProvider time, RecurlyTokenVault recurly) : SolutionPartnerControllerBase
{
    /// <inheritdoc />
    [Obsolete("Deprecated in the API; served with the same state as its replacement.")]
    public override Task<ActionResult<Contracts.License>> CreateLicenseDeprecated([FromBody] CreateLicenseRequest body, CancellationToken cancellationToken = default) =>
        CreateLicense(body, cancellationToken);

    /// <inheritdoc />
    public override Task<ActionResult<LicenseList>> GetLicenseList(DateTimeOffset? date_from, DateTimeOffset? date_to, CancellationToken cancellationToken = default)
    {
        var range = QueryDays.Range(date_from, date_to);
        return Task.FromResult<ActionResult<LicenseList>>(HttpContext.Sandbox().Read(s => new LicenseList
        {
            Result = s.Licenses.In(range).Select(l => l.ToContract(withRecurly: false)).ToList(),
        }));
    }

    /// <inheritdoc />
    public override Task<ActionResult<Contracts.License>> CreateLicense([FromBody] CreateLicenseRequest body, CancellationToken cancellationToken = default)
    {
        var license = HttpContext.Sandbox().Write(s => s.Licenses.Create(
            body.Client_name,
            body.Client_email,
            WireEnum.Name(body.Payment_origin),
            body.Trial_duration,
            body.Coupon_id,
            s.Coupons,
            body.Data_center is { } dc ? WireEnum.Name(dc) : null,
            body.Purchase_order,
            time.GetUtcNow()).ToContract(withRecurly: true));
        return Task.FromResult<ActionResult<Contracts.License>>(StatusCode(201, license));
    }

    /// <inheritdoc />
    public override Task<ActionResult<Contracts.License>> GetLicenseDetails(string license_id, CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<Contracts.License>>(HttpContext.Sandbox().Read(s => s.Licenses.Get(license_id).ToContract(withRecurly: true)));

    /// <inheritdoc />
    public override Task<ActionResult<InvoiceList>> GetLicenseInvoices(string license_id, CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<InvoiceList>>(HttpContext.Sandbox().Read(s => new InvoiceList
        {
            Result = s.Licenses.Get(license_id).Invoices.Select(i => i.ToContract()).ToList(),
        }));

    /// <inheritdoc />
    public override Task<IActionResult> GetLicenseInvoicePdf(string license_id, long invoice_no, CancellationToken cancellationToken = default)
    {
        var pdf = HttpContext.Sandbox().Read(s =>
        {
            var license = s.Licenses.Get(license_id);
            var invoice = license.Invoices.FirstOrDefault(i => i.InvoiceNo == invoice_no)
                ?? throw ApiErrorException.NotFound("invoice not found", "invoice_no");
            return InvoicePdf.Render(license, invoice, s.Account.PartnerId);
        });
        return Task.FromResult<IActionResult>(File(pdf, "application/pdf", $"invoice-{invoice_no}.pdf"));
    }

    /// <inheritdoc />
    public override Task<ActionResult<SolutionPartnerHistory>> GetSolutionPartnerHistory(CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<SolutionPartnerHistory>>(HttpContext.Sandbox().Read(s => new SolutionPartnerHistory
        {
            Result = s.SolutionPartnerHistory.OrderByDescending(h => h.Month, StringComparer.Ordinal).Take(12).Select(h => h.ToContract()).ToList(),
        }));

    /// <inheritdoc />
    public override Task<ActionResult<Contracts.License>> CreateLicenseSubscription(string license_id, [FromBody] CreateSubscriptionRequest body, CancellationToken cancellationToken = default)
    {
        var license = HttpContext.Sandbox().Write(s =>
        {
            var license = s.Licenses.EnsureCanSubscribe(license_id);
            recurly.Redeem(body.Token);
            s.Licenses.StartSubscription(license, WireEnum.Name(body.Plan), WireEnum.Name(body.Billing_cycle), body.Seats, s.Account.ResellerDiscountPercent, time.GetUtcNow());
            return license.ToContract(withRecurly: true);
        });
        return Task.FromResult<ActionResult<Contracts.License>>(StatusCode(201, license));
    }

    /// <inheritdoc />
    public override Task<ActionResult<Contracts.License>> UpdateLicenseSubscription(string license_id, [FromBody] UpdateSubscriptionRequest body, CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<Contracts.License>>(HttpContext.Sandbox().Write(s =>
            s.Licenses.UpdateSubscription(license_id, WireEnum.Name(body.Plan), WireEnum.Name(body.Billing_cycle), body.Seats, time.GetUtcNow()).ToContract(withRecurly: true)));

    /// <inheritdoc />
    public override Task<ActionResult<Contracts.License>> CloseLicenseSubscription(string license_id, [FromBody] CloseSubscriptionRequest body, CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<Contracts.License>>(HttpContext.Sandbox().Write(s =>
        {
            var license = s.Licenses.Get(license_id);
            s.Account.EnsurePassword(body.Password, "password");
            return s.Licenses.Close(license, body.Expire ?? false, time.GetUtcNow()).ToContract(withRecurly: true);
        }));

    /// <inheritdoc />
    public override Task<ActionResult<SuccessResult>> UpdateLicenseBilling(string license_id, [FromBody] UpdateLicenseBillingRequest body, CancellationToken cancellationToken = default)
    {
        HttpContext.Sandbox().Write(s =>
        {
            var license = s.Licenses.Get(license_id);
            recurly.Redeem(body.Token);
            license.CcAdded = true;
            return 0;
        });
        return Task.FromResult<ActionResult<SuccessResult>>(new SuccessResult { Success = true });
    }

    /// <inheritdoc />
    public override Task<ActionResult<OperatorList>> GetLicenseOperators(string license_id, CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<OperatorList>>(HttpContext.Sandbox().Read(s => new OperatorList
        {
            Result = s.Licenses.OperatorsOf(license_id)
                .Select(o => new Contracts.Operator { Login = o.Login, Name = o.Name, Permission = WireEnum.Parse<OperatorPermission>(o.Permission) })
                .ToList(),
        }));

    /// <inheritdoc />
    public override Task<ActionResult<Contracts.License>> MoveLicenseToClient(string license_id, [FromBody] MoveLicenseRequest body, CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<Contracts.License>>(HttpContext.Sandbox().Write(s =>
            s.Licenses.MoveToClient(license_id, body.New_owner).ToContract(withRecurly: true)));

    /// <inheritdoc />
    public override Task<ActionResult<RecurlyToken>> GetRecurlyToken(
        string key, string first_name, string last_name, string number, string month, string year, string verification_value,
        string address2, string city, string state, string zip, string country, string? address1, string? vat_number,
        CancellationToken cancellationToken = default)
    {
        CreditCard.Check(key, number, month, year, country, time.GetUtcNow());
        return Task.FromResult<ActionResult<RecurlyToken>>(new RecurlyToken { Id = recurly.Issue() });
    }
}
