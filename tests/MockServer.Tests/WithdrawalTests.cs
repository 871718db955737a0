using System.Net;
using LiveChat.Partners.Mock.Tests.Infrastructure;
using LiveChat.Partners.Testing.Admin.Models;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>Withdrawals: 409 without billing, 403 under $50, the balance moves to the withdrawal, invoices by YYYY/M/partner.</summary>
[Collection(MockServerCollection.Name)]
public sealed class WithdrawalTests(MockServerFixture server)
{
    private static readonly object Billing = new { type = "individual", company = "Joe Doe", address = "Street 1", city = "Warsaw", country = "PL", paypal = "joe@example.com", zip_code = "00-001" };

    [Fact]
    public async Task Without_billing_info_is_409()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.Http.PostAsync("/v2/partners/affiliates/withdrawals", null), HttpStatusCode.Conflict, "conflict");
    }

    [Fact]
    public async Task Under_50_dollars_is_403()
    {
        var api = await server.NewSandboxAsync();
        await api.PutAsync("/affiliates/billing", Billing);
        await api.Sandbox.Admin.Balance.PutAsync(new SetBalanceRequest { Balance = 49.99 }); // the kit throws unless the mock answers 2xx
        await Expect.ErrorAsync(await api.Http.PostAsync("/v2/partners/affiliates/withdrawals", null), HttpStatusCode.Forbidden, "authorization");
    }

    [Fact]
    public async Task The_balance_moves_to_the_withdrawal()
    {
        var api = await server.NewSandboxAsync();
        await api.PutAsync("/affiliates/billing", Billing);
        var withdrawal = await Expect.JsonAsync(await api.Http.PostAsync("/v2/partners/affiliates/withdrawals", null), HttpStatusCode.Created);
        Assert.Equal(200m, (decimal)withdrawal["amount"]!);
        Assert.Equal("pending", (string?)withdrawal["status"]);
        Assert.Equal("", (string?)withdrawal["action_timestamp"]);
        var now = DateTime.UtcNow;
        Assert.Equal($"{now.Year}/{now.Month}/{api.PartnerId}", (string?)withdrawal["invoice_id"]);
        var earnings = await Expect.JsonAsync(await api.GetAsync("/earnings"), HttpStatusCode.OK);
        Assert.Equal(0m, (decimal)earnings["balance"]!);
        Assert.Equal(200m, (decimal)earnings["pending"]!);
        await Expect.ErrorAsync(await api.Http.PostAsync("/v2/partners/affiliates/withdrawals", null), HttpStatusCode.Forbidden, "authorization");

        var invoice = await Expect.JsonAsync(await api.GetAsync($"/affiliates/withdrawals/invoices/{withdrawal["invoice_id"]}"), HttpStatusCode.OK);
        Assert.Equal(200m, (decimal)invoice["amount"]!);
        Assert.Equal("Poland", (string?)invoice["country"]);
        Assert.Equal("LiveChat, Inc.", (string?)invoice["lc_company"]);
    }

    [Theory]
    [InlineData("", 2)]
    [InlineData("?date_from=2019-01-01", 1)]
    [InlineData("?date_to=2018-12-31", 1)]
    public async Task The_list_filters_by_request_date(string query, int count)
    {
        var api = await server.NewSandboxAsync();
        var list = await Expect.JsonAsync(await api.GetAsync("/affiliates/withdrawals" + query), HttpStatusCode.OK);
        Assert.Equal(count, list["result"]!.Count());
    }

    [Fact]
    public async Task A_bad_date_is_400()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.GetAsync("/affiliates/withdrawals?date_from=01-01-2019"), HttpStatusCode.BadRequest, "validation", "date_from");
    }

    [Fact]
    public async Task A_seeded_invoice_is_found_by_its_id()
    {
        var api = await server.NewSandboxAsync();
        var invoice = await Expect.JsonAsync(await api.GetAsync($"/affiliates/withdrawals/invoices/2018/9/{api.PartnerId}"), HttpStatusCode.OK);
        Assert.Equal(1063.3m, (decimal)invoice["amount"]!);
    }

    [Fact]
    public async Task An_unknown_invoice_is_403()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.GetAsync($"/affiliates/withdrawals/invoices/2017/1/{api.PartnerId}"), HttpStatusCode.Forbidden, "authorization");
        await Expect.ErrorAsync(await api.GetAsync("/affiliates/withdrawals/invoices/2018/9/someone-else"), HttpStatusCode.Forbidden, "authorization");
    }

    [Theory]
    [InlineData("/affiliates/withdrawals/invoices/18/9/xyz", "invoice_year")]
    [InlineData("/affiliates/withdrawals/invoices/2018/13/xyz", "invoice_month")]
    [InlineData("/affiliates/withdrawals/invoices/2018/09/xyz", "invoice_month")]
    public async Task A_malformed_invoice_id_is_400(string path, string field)
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.GetAsync(path), HttpStatusCode.BadRequest, "validation", field);
    }

    /// <summary>
    /// Reference, Get Withdrawal Invoice: "`invoice_id` format: `YYYY/M/{partner_id}`". x-inferred (getWithdrawalInvoice):
    /// "An invoice is monthly, as its id `YYYY/M/{partner_id}` says: its `amount` is the sum of the withdrawals requested
    /// in that month".
    /// </summary>
    [Fact]
    public async Task Two_withdrawals_in_a_month_share_one_invoice_that_sums_them()
    {
        var api = await server.NewSandboxAsync();
        await api.PutAsync("/affiliates/billing", Billing);
        var first = await Expect.JsonAsync(await api.Http.PostAsync("/v2/partners/affiliates/withdrawals", null), HttpStatusCode.Created);
        await api.Sandbox.Admin.Balance.PutAsync(new SetBalanceRequest { Balance = 75.5 }); // the kit throws unless the mock answers 2xx
        var second = await Expect.JsonAsync(await api.Http.PostAsync("/v2/partners/affiliates/withdrawals", null), HttpStatusCode.Created);
        Assert.Equal((string?)first["invoice_id"], (string?)second["invoice_id"]);
        Assert.NotEqual((long)first["withdrawal_id"]!, (long)second["withdrawal_id"]!);

        var invoice = await Expect.JsonAsync(await api.GetAsync($"/affiliates/withdrawals/invoices/{second["invoice_id"]}"), HttpStatusCode.OK);
        Assert.Equal(200m + 75.5m, (decimal)invoice["amount"]!);
    }
}
