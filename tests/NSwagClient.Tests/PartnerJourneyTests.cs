using LiveChat.Partners.TestSupport;
using System.Text;
using LiveChat.Partners.NSwag;

namespace LiveChat.Partners.NSwagClient.Tests;

using LiveChatPartnersClient = LiveChat.Partners.NSwag.LiveChatPartnersClient;

/// <summary>
/// A Partner's journey through the NSwag-generated client against the in-process mock: token, LiveChat
/// campaign create/list/disable, license, Expert logo upload, invoice PDF and the slashed withdrawal
/// invoice id. Errors arrive as <see cref="LiveChatPartnersApiException{TResult}"/> with the document's
/// <see cref="ErrorResponse"/>.
/// </summary>
public sealed class PartnerJourneyTests(MockServerFixture mock) : IClassFixture<MockServerFixture>
{
    private const string TimestampPattern = @"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$";

    [Fact]
    public async Task GetStatus_is_public_and_answers_ok()
    {
        var status = await mock.AnonymousClient().GetStatusAsync();

        Assert.Equal("ok", status.Status);
    }

    [Fact]
    public async Task GetProfile_without_a_token_is_401_authentication()
    {
        var error = await Assert.ThrowsAsync<LiveChatPartnersApiException<ErrorResponse>>(() => mock.AnonymousClient().GetProfileAsync());

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("authentication", error.Result.Error.Type);
    }

    [Fact]
    public async Task CreateApiToken_gives_a_token_that_works_until_it_is_revoked()
    {
        var (client, sandbox) = await mock.SandboxClientAsync();
        Assert.Equal(sandbox.PartnerId, (await client.GetProfileAsync()).Partner_id);

        var token = await client.CreateApiTokenAsync(new CreateApiTokenRequest { Label = "NSwag journey" });
        Assert.Equal("NSwag journey", token.Label);
        Assert.Matches(TimestampPattern, token.Creation_timestamp);

        var withNewToken = mock.ClientWithToken(token.Token);
        Assert.Equal(sandbox.PartnerId, (await withNewToken.GetProfileAsync()).Partner_id);
        Assert.Contains((await client.GetApiTokenListAsync()).Result, t => t.Id == token.Id);

        Assert.True((await client.RevokeApiTokenAsync(token.Id)).Success);
        var error = await Assert.ThrowsAsync<LiveChatPartnersApiException<ErrorResponse>>(() => withNewToken.GetProfileAsync());
        Assert.Equal(401, error.StatusCode);
    }

    [Fact]
    public async Task A_LiveChat_campaign_is_created_listed_disabled_and_listed_as_disabled()
    {
        var (client, _) = await mock.SandboxClientAsync();

        var campaign = await client.CreateLiveChatCampaignAsync(new CreateLiveChatCampaignRequest { Name = "Autumn journey", Trial_duration = 30, Link = "features/" });
        Assert.Equal("pp_autumn-journey", campaign.Slug);
        Assert.Equal(30, campaign.Trial_duration);
        Assert.StartsWith("https://www.livechatinc.com/features/", campaign.Url.ToString(), StringComparison.Ordinal);
        Assert.Contains((await client.GetLiveChatActiveCampaignsAsync()).Result, c => c.Slug == campaign.Slug);

        Assert.True((await client.DisableLiveChatCampaignAsync(campaign.Slug)).Success);

        Assert.DoesNotContain((await client.GetLiveChatActiveCampaignsAsync()).Result, c => c.Slug == campaign.Slug);
        var disabled = Assert.Single((await client.GetLiveChatDisabledCampaignsAsync()).Result, c => c.Slug == campaign.Slug);
        Assert.Matches(TimestampPattern, disabled.Disabled_timestamp);
        var again = await Assert.ThrowsAsync<LiveChatPartnersApiException<ErrorResponse>>(() => client.DisableLiveChatCampaignAsync(campaign.Slug));
        Assert.Equal(403, again.StatusCode);
    }

    [Fact]
    public async Task A_campaign_name_under_5_characters_is_400_validation_on_name()
    {
        var (client, _) = await mock.SandboxClientAsync();

        var error = await Assert.ThrowsAsync<LiveChatPartnersApiException<ErrorResponse>>(
            () => client.CreateLiveChatCampaignAsync(new CreateLiveChatCampaignRequest { Name = "Tiny", Trial_duration = 30 }));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("validation", error.Result.Error.Type);
        Assert.Contains(error.Result.Error.Fields ?? [], f => f.Name == "name");
    }

    [Fact]
    public async Task A_campaign_name_already_taken_is_409_conflict()
    {
        var (client, _) = await mock.SandboxClientAsync();
        var request = new CreateLiveChatCampaignRequest { Name = "Twice named", Trial_duration = 14 };
        await client.CreateLiveChatCampaignAsync(request);

        var error = await Assert.ThrowsAsync<LiveChatPartnersApiException<ErrorResponse>>(() => client.CreateLiveChatCampaignAsync(request));

        Assert.Equal(409, error.StatusCode);
        Assert.Equal("conflict", error.Result.Error.Type);
    }

    [Fact]
    public async Task A_license_is_created_and_read_back()
    {
        var (client, _) = await mock.SandboxClientAsync();

        var license = await client.CreateLicenseAsync(new CreateLicenseRequest
        {
            Client_name = "Grace Hopper",
            Client_email = "grace@example.com",
            Payment_origin = PaymentOrigin.Partner,
            Data_center = DataCenter.Fra,
        });
        Assert.Matches("^[0-9]+$", license.License);
        Assert.Equal("fra", license.Data_center);

        var details = await client.GetLicenseDetailsAsync(license.License);
        Assert.Equal("grace@example.com", details.Client_email);
        Assert.NotNull(details.Recurly);
        Assert.Contains((await client.GetLicenseListAsync()).Result, l => l.License == license.License);
    }

    [Fact]
    public async Task An_unknown_license_is_404_not_found()
    {
        var (client, _) = await mock.SandboxClientAsync();

        var error = await Assert.ThrowsAsync<LiveChatPartnersApiException<ErrorResponse>>(() => client.GetLicenseDetailsAsync("999999999"));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("not_found", error.Result.Error.Type);
    }

    [Fact]
    public async Task A_400x400_png_logo_is_uploaded_and_a_200x200_one_refused()
    {
        var (client, _) = await mock.SandboxClientAsync();

        using var logo = new MemoryStream(TestImages.Png(400, 400));
        var uploaded = await client.UploadExpertLogoAsync(new FileParameter(logo, "logo.png", "image/png"));
        Assert.True(uploaded.Result.IsAbsoluteUri);

        using var small = new MemoryStream(TestImages.Png(200, 200));
        var error = await Assert.ThrowsAsync<LiveChatPartnersApiException<ErrorResponse>>(
            () => client.UploadExpertLogoAsync(new FileParameter(small, "small.png", "image/png")));
        Assert.Equal(400, error.StatusCode);
        Assert.Contains(error.Result.Error.Fields ?? [], f => f.Name == "body");
    }

    [Fact]
    public async Task A_license_invoice_is_downloaded_as_a_pdf()
    {
        var (client, _) = await mock.SandboxClientAsync();
        var invoice = (await client.GetLicenseInvoicesAsync("123")).Result.First();

        using var pdf = await client.GetLicenseInvoicePdfAsync("123", invoice.Invoice_no);

        Assert.Equal(200, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Headers["Content-Type"].Single().Split(';')[0]);
        var magic = new byte[5];
        await pdf.Stream.ReadExactlyAsync(magic);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(magic));
    }

    [Fact]
    public async Task The_slashed_withdrawal_invoice_id_is_requested_as_three_segments()
    {
        var (client, sandbox) = await mock.SandboxClientAsync();
        var withdrawal = (await client.GetWithdrawalListAsync()).Result.First();
        var parts = withdrawal.Invoice_id.Split('/');
        Assert.Equal(3, parts.Length);
        Assert.Equal(sandbox.PartnerId, parts[2]);

        var invoice = await client.GetWithdrawalInvoiceAsync(parts[0], parts[1], parts[2]);

        Assert.True(invoice.Amount > 0);
    }

    [Fact]
    public async Task GetRecurlyToken_goes_to_the_host_its_path_item_declares_when_the_client_is_pointed_there()
    {
        // The document gives this path item its own servers (Recurly; the mock serves it at its root).
        // NSwag, like Kiota and openapi-fetch, builds every URL on the client's BaseUrl, so a second
        // client pointed at that host makes the call.
        var recurly = mock.AnonymousClient();
        recurly.BaseUrl = "http://localhost/";

        var token = await recurly.GetRecurlyTokenAsync(
            key: "ewr1-QCXZap10wOSm13fxI4u5Jt", first_name: "Ada", last_name: "Lovelace", number: "4111111111111111",
            month: "12", year: "2030", verification_value: "123", address2: "1 Main Street", city: "London",
            state: "London", zip: "N1 7GU", country: "GB");

        Assert.False(string.IsNullOrEmpty(token.Id));
    }
}
