namespace LiveChat.Partners.ContractTests;

/// <summary>Reference, "Get Recurly Token": the call the SDK routes to Recurly's host (the mock's root here).</summary>
public sealed class RecurlyTests(Partner partner) : IClassFixture<Partner>
{
    private LiveChatPartnersClient Client => partner.Client;

    [Fact]
    public async Task Get_Recurly_token_answers_200_with_a_token_id_for_a_valid_card()
    {
        var token = await Client.Js.V1.Token.GetAsync(q => TestData.Card(q.QueryParameters));

        Assert.False(string.IsNullOrWhiteSpace(token?.Id));
        Assert.Equal(0, await MockAdmin.RecurlyCallsWithAuthorizationAsync(partner.Id));
    }

    [Fact]
    public async Task Get_Recurly_token_accepts_a_company_name_and_VAT_number()
    {
        var token = await TestData.RecurlyTokenAsync(Client, q => q.VatNumber = "PL1234567890");

        Assert.False(string.IsNullOrWhiteSpace(token));
    }

    [Fact]
    public async Task Get_Recurly_token_tokens_are_single_use()
    {
        var token = await TestData.RecurlyTokenAsync(Client);
        var license = await Client.Solutions.Licenses.PostAsync(new CreateLicenseRequest { ClientName = "Card Owner", ClientEmail = TestData.Email("card"), PaymentOrigin = PaymentOrigin.Partner });
        var id = license!.License!;

        await Client.Resellers.Licenses[id].Billing.PutAsync(new UpdateLicenseBillingRequest { Token = token });

        await Expect.ValidationAsync("token", () => Client.Resellers.Licenses[id].Billing.PutAsync(new UpdateLicenseBillingRequest { Token = token }));
    }

    [Theory]
    [InlineData("number", "4111111111111112")]
    [InlineData("key", "not-the-public-key")]
    [InlineData("country", "XX")]
    [InlineData("year", "2001")]
    public async Task Get_Recurly_token_answers_an_error_naming_the_incorrect_parameter(string parameter, string value)
    {
        await Expect.ValidationAsync(parameter, () => TestData.RecurlyTokenAsync(Client, q =>
        {
            switch (parameter)
            {
                case "number": q.Number = value; break;
                case "key": q.Key = value; break;
                case "country": q.Country = value; break;
                case "year": q.Year = value; break;
            }
        }));
    }

    [Fact]
    public async Task Get_Recurly_token_answers_an_error_when_a_required_parameter_is_missing()
    {
        await Expect.ValidationAsync("verification_value", () => TestData.RecurlyTokenAsync(Client, q => q.VerificationValue = null));
    }
}
