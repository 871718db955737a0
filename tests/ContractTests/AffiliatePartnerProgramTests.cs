namespace LiveChat.Partners.ContractTests;

/// <summary>Reference, "Affiliate Partner — Partner Program": campaigns, leads, leads' licenses, performance, history.</summary>
public sealed class AffiliatePartnerProgramTests(Partner partner) : IClassFixture<Partner>
{
    private Affiliates.LivechatPartnerProgram.LivechatPartnerProgramRequestBuilder Program => partner.Client.Affiliates.LivechatPartnerProgram;

    [Fact]
    public async Task Create_campaign_answers_201_with_a_pp_prefixed_slug_pointing_at_the_partner_program_page()
    {
        var name = TestData.Unique("Blog readers");

        var campaign = await Program.Campaigns.PostAsync(new CreatePartnerProgramCampaignRequest { Name = name, Link = "blog/" });

        Assert.Equal(name, campaign?.Name);
        Assert.StartsWith("pp_", campaign?.Slug, StringComparison.Ordinal);
        Assert.StartsWith("https://partners.livechatinc.com/blog/", campaign?.Url, StringComparison.Ordinal);
        Assert.Contains($"a={partner.Id}", campaign?.Url, StringComparison.Ordinal);
        Expect.Timestamp(campaign?.CreationTimestamp);
    }

    [Fact]
    public async Task Create_campaign_answers_400_to_a_name_outside_5_to_100_characters()
    {
        await Expect.ValidationAsync("name", () => Program.Campaigns.PostAsync(new CreatePartnerProgramCampaignRequest { Name = "abcd" }));
        await Expect.ValidationAsync("name", () => Program.Campaigns.PostAsync(new CreatePartnerProgramCampaignRequest { Name = new string('n', 101) }));
    }

    [Fact]
    public async Task Create_campaign_answers_409_when_a_campaign_with_the_name_already_exists()
    {
        var name = TestData.Unique("Twice PP");
        await Program.Campaigns.PostAsync(new CreatePartnerProgramCampaignRequest { Name = name });

        await Expect.ConflictAsync(() => Program.Campaigns.PostAsync(new CreatePartnerProgramCampaignRequest { Name = name }), "name");
    }

    [Fact]
    public async Task A_partner_creates_a_campaign_finds_it_active_disables_it_and_finds_it_disabled()
    {
        var created = await Program.Campaigns.PostAsync(new CreatePartnerProgramCampaignRequest { Name = TestData.Unique("PP journey") });
        var slug = created!.Slug!;

        Assert.Contains((await Program.Campaigns.Active.GetAsync())?.Result ?? [], c => c.Slug == slug);

        var disabled = await Program.Campaigns[slug].DeleteAsync();
        Assert.True(disabled?.Success);

        Assert.DoesNotContain((await Program.Campaigns.Active.GetAsync())?.Result ?? [], c => c.Slug == slug);
        var gone = Assert.Single((await Program.Campaigns.Disabled.GetAsync())?.Result ?? [], c => c.Slug == slug);
        Expect.Timestamp(gone.DisabledTimestamp);
    }

    [Fact]
    public async Task Partner_program_campaigns_are_separate_from_LiveChat_campaigns()
    {
        var created = await Program.Campaigns.PostAsync(new CreatePartnerProgramCampaignRequest { Name = TestData.Unique("Only PP") });

        Assert.DoesNotContain((await partner.Client.Affiliates.Livechat.Campaigns.Active.GetAsync())?.Result ?? [], c => c.Slug == created!.Slug);
    }

    [Fact]
    public async Task Disable_campaign_answers_403_when_the_campaign_does_not_exist_or_was_already_disabled()
    {
        await Expect.ForbiddenAsync(() => Program.Campaigns["pp_no-such-campaign"].DeleteAsync(), "slug");
    }

    [Fact]
    public async Task Get_leads_list_returns_the_partner_program_leads()
    {
        var leads = await Program.Leads.GetAsync();

        Assert.NotEmpty(leads?.Result ?? []);
        Assert.All(leads!.Result!, l =>
        {
            Assert.False(string.IsNullOrEmpty(l.PartnerId));
            Expect.Timestamp(l.CreationTimestamp);
            Assert.NotNull(l.TotalTrials);
            Assert.NotNull(l.Commission);
        });
    }

    [Fact]
    public async Task Get_leads_licenses_returns_the_leads_licenses_and_filters_by_date()
    {
        var all = await Program.Licenses.GetAsync();
        var recent = await Program.Licenses.GetAsync(q => q.QueryParameters.DateFrom = new DateOnly(2018, 12, 1).ToLiveChatDate());

        Assert.NotEmpty(all?.Result ?? []);
        Assert.True(recent!.Result!.Count < all!.Result!.Count);
        Assert.All(all.Result, l => Assert.NotNull(l.CommissionPercent));
    }

    [Fact]
    public async Task Get_leads_licenses_answers_400_to_incorrect_date_parameters()
    {
        await Expect.ValidationAsync("date_to", () => Program.Licenses.GetAsync(q =>
        {
            q.QueryParameters.DateFrom = new DateOnly(2019, 1, 1).ToLiveChatDate();
            q.QueryParameters.DateTo = new DateOnly(2018, 1, 1).ToLiveChatDate();
        }));
    }

    [Fact]
    public async Task Get_performance_report_returns_clicks_leads_trials_paid_and_commission()
    {
        var report = await Program.Performance.GetAsync();

        Assert.NotEmpty(report?.Result ?? []);
        Assert.All(report!.Result!, r =>
        {
            Assert.NotNull(r.Clicks);
            Assert.NotNull(r.Leads);
            Assert.NotNull(r.Commission);
        });
    }

    [Fact]
    public async Task Get_performance_report_answers_400_to_incorrect_date_parameters()
    {
        await Expect.ValidationAsync("date_to", () => Program.Performance.GetAsync(q =>
        {
            q.QueryParameters.DateFrom = new DateOnly(2019, 1, 1).ToLiveChatDate();
            q.QueryParameters.DateTo = new DateOnly(2018, 1, 1).ToLiveChatDate();
        }));
    }

    [Fact]
    public async Task Get_leads_history_returns_up_to_the_last_12_months()
    {
        var history = await Program.History.GetAsync();

        Assert.InRange(history?.Result?.Count ?? 0, 1, 12);
        Assert.All(history!.Result!, m =>
        {
            Assert.Matches(@"^\d{4}-\d{2}$", m.Date);
            Assert.NotNull(m.Leads);
        });
    }

    [Fact]
    public async Task Partner_program_operations_answer_401_to_a_missing_or_incorrect_authorization_header()
    {
        using var stranger = Partner.ClientWithToken("made-up-token");
        var p = stranger.Affiliates.LivechatPartnerProgram;

        await Expect.UnauthorizedAsync(() => p.Campaigns.PostAsync(new CreatePartnerProgramCampaignRequest { Name = "Valid name" }));
        await Expect.UnauthorizedAsync(() => p.Campaigns["pp_x"].DeleteAsync());
        await Expect.UnauthorizedAsync(() => p.Campaigns.Active.GetAsync());
        await Expect.UnauthorizedAsync(() => p.Campaigns.Disabled.GetAsync());
        await Expect.UnauthorizedAsync(() => p.Leads.GetAsync());
        await Expect.UnauthorizedAsync(() => p.Licenses.GetAsync());
        await Expect.UnauthorizedAsync(() => p.Performance.GetAsync());
        await Expect.UnauthorizedAsync(() => p.History.GetAsync());
    }
}
