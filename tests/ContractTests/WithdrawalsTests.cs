namespace LiveChat.Partners.ContractTests;

/// <summary>Reference, "Withdrawals": request a withdrawal, list them, read an invoice.</summary>
public sealed class WithdrawalsTests(Partner partner) : IClassFixture<Partner>
{
    private LiveChatPartnersClient Client => partner.Client;

    private static UpdateBillingRequest Billing() => new()
    {
        Type = BillingType.Business,
        Company = "Your Company",
        Address = "Street",
        City = "City",
        Country = "PL",
        Paypal = "jane@email.com",
        ZipCode = "12345",
    };

    [Fact]
    public async Task A_partner_sets_billing_withdraws_and_reads_the_invoice_by_its_id()
    {
        using var fresh = await Partner.CreateAsync();
        var client = fresh.Client;
        var balance = (await client.Earnings.GetAsync())!.Balance!.Value;
        Assert.True(balance >= 50m, $"the seeded balance is {balance}");

        await client.Affiliates.Billing.PutAsync(Billing());
        var withdrawal = await client.Affiliates.Withdrawals.PostAsync();

        Assert.Equal("pending", withdrawal?.Status);
        Assert.Equal(balance, withdrawal?.Amount);
        Expect.Timestamp(withdrawal?.RequestTimestamp);
        Expect.OptionalTimestamp(withdrawal?.ActionTimestamp);
        Assert.Matches($@"^\d{{4}}/\d{{1,2}}/{fresh.Id}$", withdrawal?.InvoiceId);
        Assert.Contains((await client.Affiliates.Withdrawals.GetAsync())?.Result ?? [], w => w.WithdrawalId == withdrawal!.WithdrawalId);

        var invoice = await client.GetWithdrawalInvoiceAsync(withdrawal!.InvoiceId!);
        Assert.Equal(balance, invoice?.Amount);
        Assert.Equal("Your Company", invoice?.Company);
        Assert.Equal("jane@email.com", invoice?.Paypal);
        Assert.False(string.IsNullOrEmpty(invoice?.LcCompany));
        Assert.Equal(0m, (await client.Earnings.GetAsync())?.Balance);
    }

    [Fact]
    public async Task Request_withdrawal_answers_409_when_billing_info_is_not_found()
    {
        using var fresh = await Partner.CreateAsync();

        await Expect.ConflictAsync(() => fresh.Client.Affiliates.Withdrawals.PostAsync());
    }

    [Fact]
    public async Task Request_withdrawal_answers_403_when_there_is_not_enough_money_to_withdraw()
    {
        using var fresh = await Partner.CreateAsync();
        await fresh.Client.Affiliates.Billing.PutAsync(Billing());
        await MockAdmin.SetBalanceAsync(fresh.Id, 49.99m);

        await Expect.ForbiddenAsync(() => fresh.Client.Affiliates.Withdrawals.PostAsync());
    }

    [Fact]
    public async Task Get_withdrawal_list_returns_the_withdrawals_and_filters_by_date()
    {
        var all = await Client.Affiliates.Withdrawals.GetAsync();
        var in2018 = await Client.Affiliates.Withdrawals.GetAsync(q =>
        {
            q.QueryParameters.DateFrom = new DateOnly(2018, 1, 1).ToLiveChatDate();
            q.QueryParameters.DateTo = new DateOnly(2018, 12, 31).ToLiveChatDate();
        });

        Assert.NotEmpty(all?.Result ?? []);
        Assert.All(all!.Result!, w => Assert.NotNull(w.InvoiceId));
        Assert.All(in2018!.Result!, w => Assert.StartsWith("2018-", w.RequestTimestamp, StringComparison.Ordinal));
        Assert.True(in2018.Result!.Count < all.Result!.Count);
    }

    [Fact]
    public async Task Get_withdrawal_list_answers_400_to_incorrect_date_parameters()
    {
        await Expect.ValidationAsync("date_to", () => Client.Affiliates.Withdrawals.GetAsync(q =>
        {
            q.QueryParameters.DateFrom = new DateOnly(2019, 1, 1).ToLiveChatDate();
            q.QueryParameters.DateTo = new DateOnly(2018, 1, 1).ToLiveChatDate();
        }));
    }

    [Fact]
    public async Task Get_withdrawal_invoice_reads_a_seeded_withdrawal_by_its_slashed_id()
    {
        var withdrawal = (await Client.Affiliates.Withdrawals.GetAsync())!.Result![0];

        var invoice = await Client.GetWithdrawalInvoiceAsync(withdrawal.InvoiceId!);

        Assert.Equal(withdrawal.Amount, invoice?.Amount);
        Assert.Equal("United States of America", invoice?.LcCountry);
    }

    [Fact]
    public async Task Get_withdrawal_invoice_answers_403_when_the_invoice_is_not_found()
    {
        await Expect.ForbiddenAsync(() => Client.GetWithdrawalInvoiceAsync($"2001/1/{partner.Id}"), "invoice_id");
    }

    [Fact]
    public async Task Get_withdrawal_invoice_answers_400_to_incorrect_parameters()
    {
        await Expect.ValidationAsync("invoice_month", () => Client.Affiliates.Withdrawals.Invoices["2019"]["13"][partner.Id].GetAsync());
    }

    [Fact]
    public async Task Withdrawal_operations_answer_401_to_a_missing_or_incorrect_authorization_header()
    {
        using var stranger = Partner.ClientWithToken("made-up-token");

        await Expect.UnauthorizedAsync(() => stranger.Affiliates.Withdrawals.PostAsync());
        await Expect.UnauthorizedAsync(() => stranger.Affiliates.Withdrawals.GetAsync());
        await Expect.UnauthorizedAsync(() => stranger.GetWithdrawalInvoiceAsync("2019/2/xyz"));
    }
}
