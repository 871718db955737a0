using LiveChat.Partners.Mock.Contracts;
using LiveChat.Partners.Mock.Controllers.Wire;
using LiveChat.Partners.Mock.Domain;
using LiveChat.Partners.Mock.Pipeline;
using Microsoft.AspNetCore.Mvc;

namespace LiveChat.Partners.Mock.Controllers;

/// <summary>Withdrawals of the affiliate balance and their invoices.</summary>
public sealed class WithdrawalsController : WithdrawalsControllerBase
{
    /// <summary>LiveChat's own invoicing details.</summary>
    private static readonly string[] LiveChatCompany = ["LiveChat, Inc.", "One International Place, Suite 1400", "Boston, MA", "02110", "United States of America"];

    /// <inheritdoc />
    public override Task<ActionResult<Contracts.Withdrawal>> RequestWithdrawal(CancellationToken cancellationToken = default)
    {
        var withdrawal = HttpContext.Sandbox().Write(s => s.Withdrawals.Request(s.Earnings, s.Billing, HttpContext.Sandbox().Now));
        return Task.FromResult<ActionResult<Contracts.Withdrawal>>(StatusCode(201, withdrawal.ToContract()));
    }

    /// <inheritdoc />
    public override Task<ActionResult<WithdrawalList>> GetWithdrawalList(DateTimeOffset? date_from, DateTimeOffset? date_to, CancellationToken cancellationToken = default)
    {
        var range = QueryDays.Range(date_from, date_to);
        return Task.FromResult<ActionResult<WithdrawalList>>(HttpContext.Sandbox().Read(s => new WithdrawalList
        {
            Result = s.Withdrawals.In(range).Select(w => w.ToContract()).ToList(),
        }));
    }

    /// <inheritdoc />
    public override Task<ActionResult<WithdrawalInvoice>> GetWithdrawalInvoice(string invoiceYear, string invoiceMonth, string invoicePartnerId, CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionResult<WithdrawalInvoice>>(HttpContext.Sandbox().Read(s =>
        {
            var amount = s.Withdrawals.InvoicedAmount($"{invoiceYear}/{invoiceMonth}/{invoicePartnerId}");
            var billing = s.Billing;
            return new WithdrawalInvoice
            {
                Company = billing?.Company ?? string.Empty,
                Address = billing?.Address ?? string.Empty,
                City = billing?.City ?? string.Empty,
                Zip_code = billing?.ZipCode ?? string.Empty,
                Country = billing is null ? string.Empty : ReferenceData.CountryName(billing.Country),
                Vat_id = billing?.Vat ?? string.Empty,
                Amount = amount,
                Paypal = billing?.Paypal ?? s.Account.Login,
                Lc_company = LiveChatCompany[0],
                Lc_address = LiveChatCompany[1],
                Lc_city = LiveChatCompany[2],
                Lc_zip_code = LiveChatCompany[3],
                Lc_country = LiveChatCompany[4],
            };
        }));
}
