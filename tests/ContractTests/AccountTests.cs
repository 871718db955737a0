using System.Net;

namespace LiveChat.Partners.ContractTests;

/// <summary>Reference, "Account": status, profile, password, active licenses, earnings, billing, coupons.</summary>
public sealed class AccountTests(Partner partner) : IClassFixture<Partner>
{
    private LiveChatPartnersClient Client => partner.Client;

    [Fact]
    public async Task Status_answers_200_when_the_API_is_running()
    {
        var status = await Client.Status.GetAsync();

        Assert.Equal("ok", status?.Status);
    }

    [Fact]
    public async Task Get_profile_returns_the_partner_with_affiliate_reseller_and_expert_details()
    {
        var profile = await Client.GetAsync();

        Assert.NotNull(profile);
        Assert.Equal(partner.Id, profile.PartnerId);
        Assert.Equal(partner.Credentials.Login, profile.Login);
        Assert.NotNull(profile.Affiliate?.Livechat?.CurrentCommission?.Percent);
        Assert.Contains($"a={partner.Id}", profile.Affiliate!.Livechat!.Url, StringComparison.Ordinal);
        Assert.NotNull(profile.Affiliate.LivechatPartnerProgram?.ShortUrl);
        Assert.NotNull(profile.Reseller?.CurrentDiscount?.Percent);
        Assert.NotNull(profile.Properties);
        Expect.OptionalTimestamp(profile.Affiliate.Livechat.CurrentCommission!.EndTimestamp);
    }

    [Fact]
    public async Task Get_profile_answers_401_to_a_missing_or_incorrect_authorization_header()
    {
        using var stranger = Partner.ClientWithToken("not-a-real-token");

        var error = await Expect.UnauthorizedAsync(() => stranger.GetAsync());

        Assert.Contains(error.Fields, f => f.Name == "Authorization");
        Assert.DoesNotContain("not-a-real-token", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_profile_edits_the_profile_info()
    {
        var updated = await Client.PutAsync(new UpdateProfileRequest
        {
            FirstName = "Jane",
            LastName = "Roe",
            ContactName = "Jane Roe",
            ContactEmail = "jane.roe@example.com",
            SendNewsletter = false,
            SendMonthlySummary = true,
        });

        Assert.Equal("Jane", updated?.FirstName);
        Assert.Equal("jane.roe@example.com", updated?.ContactEmail);
        Assert.False(updated?.SendNewsletter);
        var read = await Client.GetAsync();
        Assert.Equal("Roe", read?.LastName);
        Assert.Equal("Jane Roe", read?.ContactName);
    }

    [Fact]
    public async Task Update_profile_answers_400_to_missing_payload_parameters()
    {
        await Expect.ValidationAsync("contact_email", () => Client.PutAsync(new UpdateProfileRequest
        {
            FirstName = "Jane",
            LastName = "Roe",
            ContactName = "Jane Roe",
        }));
    }

    [Fact]
    public async Task Update_profile_answers_400_to_an_incorrect_contact_email()
    {
        await Expect.ValidationAsync("contact_email", () => Client.PutAsync(new UpdateProfileRequest
        {
            FirstName = "Jane",
            LastName = "Roe",
            ContactName = "Jane Roe",
            ContactEmail = "not-an-email",
        }));
    }

    [Fact]
    public async Task Change_password_changes_it_and_the_new_one_is_the_current_one()
    {
        using var fresh = await Partner.CreateAsync();

        var result = await fresh.Client.Password.PutAsync(new ChangePasswordRequest { CurrentPassword = fresh.Credentials.Password, NewPassword = "brand-new-secret" });

        Assert.True(result?.Success);
        await Expect.ForbiddenAsync(() => fresh.Client.Password.PutAsync(new ChangePasswordRequest { CurrentPassword = fresh.Credentials.Password, NewPassword = "another-secret" }));
        await fresh.Client.Password.PutAsync(new ChangePasswordRequest { CurrentPassword = "brand-new-secret", NewPassword = "another-secret" });
    }

    [Fact]
    public async Task Change_password_answers_400_to_a_new_password_shorter_than_6_characters()
    {
        await Expect.ValidationAsync("new_password", () => Client.Password.PutAsync(new ChangePasswordRequest { CurrentPassword = partner.Credentials.Password, NewPassword = "12345" }));
    }

    [Fact]
    public async Task Change_password_answers_403_to_an_incorrect_current_password()
    {
        await Expect.ForbiddenAsync(() => Client.Password.PutAsync(new ChangePasswordRequest { CurrentPassword = "wrong-password", NewPassword = "long-enough" }));
    }

    [Fact]
    public async Task Get_the_number_of_active_licenses_counts_affiliate_and_reseller_trials_and_paid_licenses()
    {
        var stats = await Client.Stats.GetAsync();

        Assert.NotNull(stats?.Affiliate?.Livechat?.Trials);
        Assert.NotNull(stats.Affiliate.Livechat.TrialsCc);
        Assert.NotNull(stats.Affiliate.Livechat.Paid);
        Assert.NotNull(stats.Affiliate.LivechatPartnerProgram?.Leads);
        Assert.NotNull(stats.Reseller?.Paid);
    }

    [Fact]
    public async Task Get_the_number_of_active_licenses_through_the_deprecated_path_gives_the_same_counts()
    {
        var current = await Client.Stats.GetAsync();
#pragma warning disable CS0618 // GET /active-licenses is deprecated; the contract still serves it with the same state
        var deprecated = await Client.ActiveLicenses.GetAsync();
#pragma warning restore CS0618

        Assert.Equal(current?.Affiliate?.Livechat?.Trials, deprecated?.Affiliate?.Livechat?.Trials);
        Assert.Equal(current?.Affiliate?.LivechatPartnerProgram?.Leads, deprecated?.Affiliate?.LivechatPartnerProgram?.Leads);
        Assert.Equal(current?.Reseller?.Paid, deprecated?.Reseller?.Paid);
    }

    [Fact]
    public async Task Get_earnings_returns_balance_commissions_withdrawals_and_reseller_discount()
    {
        var earnings = await Client.Earnings.GetAsync();

        Assert.NotNull(earnings?.Balance);
        Assert.NotNull(earnings.Blocked);
        Assert.NotNull(earnings.Pending);
        Assert.NotNull(earnings.Withdrawals);
        Assert.NotNull(earnings.Affiliate?.Livechat?.CommissionTotal);
        Assert.NotNull(earnings.Affiliate.LivechatPartnerProgram?.CommissionLast30Days);
        Assert.NotNull(earnings.Reseller?.Livechat?.Discount);
    }

    [Fact]
    public async Task Get_billing_and_update_billing_round_trip_the_affiliate_billing_information()
    {
        var saved = await Client.Affiliates.Billing.PutAsync(new UpdateBillingRequest
        {
            Type = BillingType.Business,
            Company = "Awesome Company",
            Address = "Wall Street 123",
            City = "New York",
            Country = "US",
            Paypal = "paypal@email.com",
            ZipCode = "10005",
            Vat = "123",
        });
        var read = await Client.Affiliates.Billing.GetAsync();

        Assert.Equal("business", saved?.Type);
        Assert.Equal("Awesome Company", read?.Company);
        Assert.Equal("US", read?.Country);
        Assert.Equal("paypal@email.com", read?.Paypal);
        Assert.Equal("10005", read?.ZipCode);
    }

    [Fact]
    public async Task Update_billing_answers_400_to_a_country_that_is_not_a_known_code()
    {
        await Expect.ValidationAsync("country", () => Client.Affiliates.Billing.PutAsync(new UpdateBillingRequest
        {
            Type = BillingType.Individual,
            Company = "Joe Doe",
            Address = "Wall Street 123",
            City = "New York",
            Country = "XX",
            Paypal = "paypal@email.com",
        }));
    }

    [Fact]
    public async Task Update_billing_answers_400_to_missing_parameters()
    {
        await Expect.ValidationAsync("paypal", () => Client.Affiliates.Billing.PutAsync(new UpdateBillingRequest
        {
            Type = BillingType.Individual,
            Company = "Joe Doe",
            Address = "Wall Street 123",
            City = "New York",
            Country = "US",
        }));
    }

    [Fact]
    public async Task Get_active_coupons_lists_the_coupons_assigned_to_the_partner()
    {
        var coupons = await Client.Coupons.GetAsync();

        Assert.NotEmpty(coupons?.Result ?? []);
        Assert.All(coupons!.Result!, c =>
        {
            Assert.NotNull(c.Id);
            Assert.False(string.IsNullOrEmpty(c.Label));
        });
    }

    public static TheoryData<string> AuthenticatedOperations() => new(OperationsNeedingToken.Keys);

    private static readonly Dictionary<string, Func<LiveChatPartnersClient, Task>> OperationsNeedingToken = new()
    {
        ["updateProfile"] = c => c.PutAsync(new UpdateProfileRequest { FirstName = "Jane", LastName = "Roe", ContactName = "Jane Roe", ContactEmail = "jane@example.com" }),
        ["changePassword"] = c => c.Password.PutAsync(new ChangePasswordRequest { CurrentPassword = "whatever", NewPassword = "long-enough" }),
        ["getActiveLicenses"] = c => c.Stats.GetAsync(),
#pragma warning disable CS0618 // the deprecated path documents the same 401
        ["getActiveLicensesDeprecated"] = c => c.ActiveLicenses.GetAsync(),
#pragma warning restore CS0618
        ["getEarnings"] = c => c.Earnings.GetAsync(),
        ["getBilling"] = c => c.Affiliates.Billing.GetAsync(),
        ["updateBilling"] = c => c.Affiliates.Billing.PutAsync(new UpdateBillingRequest { Type = BillingType.Individual, Company = "Joe", Address = "A", City = "B", Country = "US", Paypal = "p@example.com" }),
        ["getActiveCoupons"] = c => c.Coupons.GetAsync(),
    };

    [Theory]
    [MemberData(nameof(AuthenticatedOperations))]
    public async Task Answers_401_to_a_missing_or_incorrect_authorization_header(string operation)
    {
        using var stranger = Partner.ClientWithToken("revoked-or-made-up-token");

        var error = await Expect.UnauthorizedAsync(() => OperationsNeedingToken[operation](stranger));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }
}
