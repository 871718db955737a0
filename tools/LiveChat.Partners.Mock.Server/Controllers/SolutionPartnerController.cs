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
    public override Task<ActionResult<Contracts.ClientLicense>> CreateLicenseDeprecated([FromBody] CreateLicenseRequest body, CancellationToken cancellationToken = default) =>
        CreateLicense(body, cancellationToken);

    /// <inheritdoc />
    public override Task<ActionResult<ClientLicenseList>> GetLicenseList(DateTimeOffset? date_from, DateTimeOffset? date_to, CancellationToken cancellationToken = default)
    {
        var range = QueryDays.Range(date_from, date_to);
        return Task.FromResult<ActionResult<ClientLicenseList>>(HttpContext.Sandbox().Read(s => new ClientLicenseList
        {
            Result = s.Licenses.In(range).Select(l => l.ToContract(withRecurly: false)).ToList(),
        }));
    }

    /// <inheritdoc />
    public override Task<ActionResult<Contracts.ClientLicense>> CreateLicense([FromBody] CreateLicenseRequest body, CancellationToken cancellationToken = default)
    {
        var license = HttpContext.Sandbox().Write(s => s.Licenses.Create(
            body.Client_name,
            body.Client_email,
            body.Payment_origin.ToDomain(),
            body.Trial_duration,
            body.Coupon_id,
            s.Coupons,
            s.Account.ResellerDiscountPercent,
            body.Data_center?.ToDomain(),
            body.Purchase_order,
            HttpContext.Sandbox().Now).ToContract(withRecurly: true));
        return Task.FromResult<ActionResult<Contracts.ClientLicense>>(StatusCode(201, license));
    }

    /// <inheritdoc />
    public override Task<ActionResult<Contracts.ClientLicense>> GetLicenseDetails(string licenseId, CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<Contracts.ClientLicense>>(HttpContext.Sandbox().Read(s => s.Licenses.Get(licenseId).ToContract(withRecurly: true)));

    /// <inheritdoc />
    public override Task<ActionResult<InvoiceList>> GetLicenseInvoices(string licenseId, CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<InvoiceList>>(HttpContext.Sandbox().Read(s => new InvoiceList
        {
            Result = s.Licenses.Get(licenseId).Invoices.Select(i => i.ToContract()).ToList(),
        }));

    /// <inheritdoc />
    public override Task<IActionResult> GetLicenseInvoicePdf(string licenseId, long invoiceNo, CancellationToken cancellationToken = default)
    {
        var pdf = HttpContext.Sandbox().Read(s =>
        {
            var license = s.Licenses.Get(licenseId);
            var invoice = license.Invoices.FirstOrDefault(i => i.InvoiceNo == invoiceNo)
                ?? throw ApiErrorException.NotFound("invoice not found", "invoice_no");
            return InvoicePdf.Render(license, invoice, s.Account.PartnerId);
        });
        return Task.FromResult<IActionResult>(File(pdf, "application/pdf", $"invoice-{invoiceNo}.pdf"));
    }

    /// <inheritdoc />
    public override Task<ActionResult<SolutionPartnerHistory>> GetSolutionPartnerHistory(CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<SolutionPartnerHistory>>(HttpContext.Sandbox().Read(s => new SolutionPartnerHistory
        {
            Result = s.SolutionPartnerHistory.OrderByDescending(h => h.Month, StringComparer.Ordinal).Take(12).Select(h => h.ToContract()).ToList(),
        }));

    /// <inheritdoc />
    public override Task<ActionResult<Contracts.ClientLicense>> CreateLicenseSubscription(string licenseId, [FromBody] CreateSubscriptionRequest body, CancellationToken cancellationToken = default)
    {
        var license = HttpContext.Sandbox().Write(s =>
        {
            var license = s.Licenses.EnsureCanSubscribe(licenseId);
            recurly.Redeem(body.Token);
            s.Licenses.StartSubscription(license, body.Plan.ToDomain(), body.Billing_cycle.ToDomain(), body.Seats, s.Account.ResellerDiscountPercent, HttpContext.Sandbox().Now);
            return license.ToContract(withRecurly: true);
        });
        return Task.FromResult<ActionResult<Contracts.ClientLicense>>(StatusCode(201, license));
    }

    /// <inheritdoc />
    public override Task<ActionResult<Contracts.ClientLicense>> UpdateLicenseSubscription(string licenseId, [FromBody] UpdateSubscriptionRequest body, CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<Contracts.ClientLicense>>(HttpContext.Sandbox().Write(s =>
            s.Licenses.UpdateSubscription(licenseId, body.Plan.ToDomain(), body.Billing_cycle.ToDomain(), body.Seats, HttpContext.Sandbox().Now).ToContract(withRecurly: true)));

    /// <inheritdoc />
    public override Task<ActionResult<Contracts.ClientLicense>> CloseLicenseSubscription(string licenseId, [FromBody] CloseSubscriptionRequest body, CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<Contracts.ClientLicense>>(HttpContext.Sandbox().Write(s =>
        {
            var license = s.Licenses.EnsureCanClose(licenseId);
            s.Account.EnsurePassword(body.Password, "password");
            return s.Licenses.Close(license, body.Expire ?? false, HttpContext.Sandbox().Now).ToContract(withRecurly: true);
        }));

    /// <inheritdoc />
    public override Task<ActionResult<SuccessResult>> UpdateLicenseBilling(string licenseId, [FromBody] UpdateLicenseBillingRequest body, CancellationToken cancellationToken = default)
    {
        HttpContext.Sandbox().Write(s =>
        {
            var license = s.Licenses.EnsureCanUpdateBilling(licenseId);
            recurly.Redeem(body.Token);
            LicenseBook.AddCard(license);
            return 0;
        });
        return Task.FromResult<ActionResult<SuccessResult>>(new SuccessResult { Success = true });
    }

    /// <inheritdoc />
    public override Task<ActionResult<OperatorList>> GetLicenseOperators(string licenseId, CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<OperatorList>>(HttpContext.Sandbox().Read(s => new OperatorList
        {
            Result = s.Licenses.OperatorsOf(licenseId).Select(o => o.ToContract()).ToList(),
        }));

    /// <inheritdoc />
    public override Task<ActionResult<Contracts.ClientLicense>> MoveLicenseToClient(string licenseId, [FromBody] MoveLicenseRequest body, CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<Contracts.ClientLicense>>(HttpContext.Sandbox().Write(s =>
            s.Licenses.MoveToClient(licenseId, body.New_owner).ToContract(withRecurly: false)));

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
