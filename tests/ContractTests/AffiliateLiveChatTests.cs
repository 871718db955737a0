namespace LiveChat.Partners.ContractTests;

/// <summary>Reference, "Affiliate Partner — LiveChat": campaigns, licenses, performance, history (and their deprecated paths).</summary>
public sealed class AffiliateLiveChatTests(Partner partner) : IClassFixture<Partner>
{
    private LiveChatPartnersClient Client => partner.Client;

    private Affiliates.Livechat.Campaigns.CampaignsRequestBuilder Campaigns => Client.Affiliates.Livechat.Campaigns;

    [Fact]
    public async Task Create_campaign_answers_201_with_a_pp_prefixed_slug_and_the_tracking_urls()
    {
        var name = TestData.Unique("Spring promo");

        var campaign = await Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = name, TrialDuration = 45, Link = "features/" });

        Assert.Equal(name, campaign?.Name);
        Assert.StartsWith("pp_", campaign?.Slug, StringComparison.Ordinal);
        Assert.Equal(45, campaign?.TrialDuration);
        Assert.StartsWith("https://www.livechatinc.com/features/", campaign?.Url, StringComparison.Ordinal);
        Assert.Contains($"a={partner.Id}", campaign?.Url, StringComparison.Ordinal);
        Assert.Contains($"utm_campaign={campaign?.Slug}", campaign?.Url, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(campaign?.ShortUrl));
        Expect.Timestamp(campaign?.CreationTimestamp);
    }

    [Fact]
    public async Task Create_campaign_with_a_coupon_applies_its_discount()
    {
        var coupon = (await Client.Coupons.GetAsync())!.Result![0];

        var campaign = await Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = TestData.Unique("Coupon promo"), TrialDuration = 30, CouponId = coupon.Id });

        Assert.Equal(coupon.Label, campaign?.Discount);
    }

    [Theory]
    [InlineData("abcd")]
    [InlineData("")]
    public async Task Create_campaign_answers_400_to_a_name_outside_5_to_100_characters(string name)
    {
        await Expect.ValidationAsync("name", () => Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = name, TrialDuration = 30 }));
        await Expect.ValidationAsync("name", () => Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = new string('n', 101), TrialDuration = 30 }));
    }

    [Theory]
    [InlineData(13)]
    [InlineData(61)]
    public async Task Create_campaign_answers_400_to_a_trial_duration_outside_14_to_60_days(int days)
    {
        await Expect.ValidationAsync("trial_duration", () => Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = TestData.Unique("Trial"), TrialDuration = days }));
    }

    [Fact]
    public async Task Create_campaign_answers_403_to_a_coupon_id_the_partner_may_not_use()
    {
        await Expect.ForbiddenAsync(() => Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = TestData.Unique("Foreign coupon"), TrialDuration = 30, CouponId = 999999 }), "coupon_id");
    }

    [Fact]
    public async Task Create_campaign_answers_409_when_a_campaign_with_the_name_already_exists()
    {
        var name = TestData.Unique("Twice");
        await Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = name, TrialDuration = 30 });

        await Expect.ConflictAsync(() => Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = name, TrialDuration = 30 }), "name");
    }

    [Fact]
    public async Task A_partner_creates_a_campaign_finds_it_active_disables_it_and_finds_it_disabled()
    {
        var created = await Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = TestData.Unique("Journey campaign"), TrialDuration = 30 });
        var slug = created!.Slug!;

        var active = await Campaigns.Active.GetAsync();
        Assert.Contains(active?.Result ?? [], c => c.Slug == slug && c.Name == created.Name);

        var disabled = await Campaigns[slug].DeleteAsync();
        Assert.True(disabled?.Success);

        Assert.DoesNotContain((await Campaigns.Active.GetAsync())?.Result ?? [], c => c.Slug == slug);
        var gone = Assert.Single((await Campaigns.Disabled.GetAsync())?.Result ?? [], c => c.Slug == slug);
        Expect.Timestamp(gone.DisabledTimestamp);
        Assert.NotNull(gone.DisabledTime);
    }

    [Fact]
    public async Task Disable_campaign_answers_403_when_the_campaign_does_not_exist_or_was_already_disabled()
    {
        await Expect.ForbiddenAsync(() => Campaigns["pp_no-such-campaign"].DeleteAsync(), "slug");

        var created = await Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = TestData.Unique("Disable twice"), TrialDuration = 30 });
        await Campaigns[created!.Slug!].DeleteAsync();
        await Expect.ForbiddenAsync(() => Campaigns[created.Slug!].DeleteAsync(), "slug");
    }

    [Fact]
    public async Task Get_licenses_list_returns_the_affiliate_licenses()
    {
        var licenses = await Client.Affiliates.Livechat.Licenses.GetAsync();

        Assert.NotEmpty(licenses?.Result ?? []);
        Assert.All(licenses!.Result!, l =>
        {
            Expect.Timestamp(l.CreationTimestamp);
            Assert.NotNull(l.Seats);
            Assert.NotNull(l.Plan);
            Assert.NotNull(l.CommissionPercent);
        });
    }

    [Fact]
    public async Task Get_licenses_list_filters_by_creation_date()
    {
        var from = new DateOnly(2018, 2, 1);
        var to = new DateOnly(2018, 12, 31);

        var licenses = await Client.Affiliates.Livechat.Licenses.GetAsync(q =>
        {
            q.QueryParameters.DateFrom = from.ToLiveChatDate();
            q.QueryParameters.DateTo = to.ToLiveChatDate();
        });

        Assert.NotEmpty(licenses?.Result ?? []);
        Assert.All(licenses!.Result!, l => Assert.InRange(l.CreationTime!.Value.UtcDateTime.Date, from.ToDateTime(TimeOnly.MinValue), to.ToDateTime(TimeOnly.MinValue)));
    }

    [Fact]
    public async Task Get_licenses_list_answers_400_to_incorrect_date_parameters()
    {
        await Expect.ValidationAsync("date_to", () => Client.Affiliates.Livechat.Licenses.GetAsync(q =>
        {
            q.QueryParameters.DateFrom = new DateOnly(2019, 1, 1).ToLiveChatDate();
            q.QueryParameters.DateTo = new DateOnly(2018, 1, 1).ToLiveChatDate();
        }));
    }

    [Fact]
    public async Task Get_performance_report_returns_clicks_trials_paid_commission_and_qualified_leads()
    {
        var report = await Client.Affiliates.Livechat.Performance.GetAsync();

        Assert.NotEmpty(report?.Result ?? []);
        Assert.All(report!.Result!, r =>
        {
            Assert.NotNull(r.Clicks);
            Assert.NotNull(r.ChatInstallations);
            Assert.NotNull(r.Aha);
            Assert.NotNull(r.Commission);
        });
    }

    [Fact]
    public async Task Get_performance_report_answers_400_to_incorrect_date_parameters()
    {
        await Expect.ValidationAsync("date_to", () => Client.Affiliates.Livechat.Performance.GetAsync(q =>
        {
            q.QueryParameters.DateFrom = new DateOnly(2019, 1, 1).ToLiveChatDate();
            q.QueryParameters.DateTo = new DateOnly(2018, 1, 1).ToLiveChatDate();
        }));
    }

    [Fact]
    public async Task Get_affiliate_history_returns_up_to_the_last_12_months()
    {
        var history = await Client.Affiliates.Livechat.History.GetAsync();

        Assert.InRange(history?.Result?.Count ?? 0, 1, 12);
        Assert.All(history!.Result!, m => Assert.Matches(@"^\d{4}-\d{2}$", m.Date));
    }

#pragma warning disable CS0618 // the deprecated /affiliates/... paths are tested through their [Obsolete] members on purpose

    [Fact]
    public async Task Deprecated_create_campaign_shares_state_with_the_new_paths()
    {
        var created = await Client.Affiliates.Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = TestData.Unique("Old path"), TrialDuration = 20 });
        var slug = created!.Slug!;

        Assert.Contains((await Campaigns.Active.GetAsync())?.Result ?? [], c => c.Slug == slug);
        Assert.Contains((await Client.Affiliates.Campaigns.Active.GetAsync())?.Result ?? [], c => c.Slug == slug);

        await Client.Affiliates.Campaigns[slug].DeleteAsync();

        Assert.Contains((await Campaigns.Disabled.GetAsync())?.Result ?? [], c => c.Slug == slug);
        Assert.Contains((await Client.Affiliates.Campaigns.Disabled.GetAsync())?.Result ?? [], c => c.Slug == slug);
        await Expect.ForbiddenAsync(() => Campaigns[slug].DeleteAsync(), "slug");
    }

    [Fact]
    public async Task Deprecated_create_campaign_keeps_the_documented_errors()
    {
        await Expect.ValidationAsync("name", () => Client.Affiliates.Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = "abc", TrialDuration = 30 }));
        var name = TestData.Unique("Old twice");
        await Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = name, TrialDuration = 30 });
        await Expect.ConflictAsync(() => Client.Affiliates.Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = name, TrialDuration = 30 }), "name");
        await Expect.ForbiddenAsync(() => Client.Affiliates.Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = TestData.Unique("Old coupon"), TrialDuration = 30, CouponId = 999999 }), "coupon_id");
        await Expect.ForbiddenAsync(() => Client.Affiliates.Campaigns["pp_never-existed"].DeleteAsync(), "slug");
    }

    [Fact]
    public async Task Deprecated_licenses_performance_and_history_answer_what_the_new_paths_answer()
    {
        var licenses = await Client.Affiliates.Licenses.GetAsync();
        var performance = await Client.Affiliates.Performance.GetAsync();
        var history = await Client.Affiliates.History.GetAsync();

        Assert.Equal(
            (await Client.Affiliates.Livechat.Licenses.GetAsync())!.Result!.Select(l => l.CreationTimestamp),
            licenses!.Result!.Select(l => l.CreationTimestamp));
        Assert.Equal(
            (await Client.Affiliates.Livechat.Performance.GetAsync())!.Result!.Select(r => (r.Campaign, r.Clicks)),
            performance!.Result!.Select(r => (r.Campaign, r.Clicks)));
        Assert.Equal(
            (await Client.Affiliates.Livechat.History.GetAsync())!.Result!.Select(m => (m.Date, m.Commission)),
            history!.Result!.Select(m => (m.Date, m.Commission)));

        var filtered = await Client.Affiliates.Licenses.GetAsync(q => q.QueryParameters.DateFrom = new DateOnly(2018, 2, 1).ToLiveChatDate());
        Assert.True(filtered!.Result!.Count < licenses.Result!.Count);
        await Expect.ValidationAsync("date_to", () => Client.Affiliates.Performance.GetAsync(q =>
        {
            q.QueryParameters.DateFrom = new DateOnly(2019, 1, 1).ToLiveChatDate();
            q.QueryParameters.DateTo = new DateOnly(2018, 1, 1).ToLiveChatDate();
        }));
    }

    [Fact]
    public async Task LiveChat_affiliate_operations_answer_401_to_a_missing_or_incorrect_authorization_header()
    {
        using var stranger = Partner.ClientWithToken("made-up-token");
        var c = stranger.Affiliates;

        await Expect.UnauthorizedAsync(() => c.Livechat.Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = "Valid name", TrialDuration = 30 }));
        await Expect.UnauthorizedAsync(() => c.Livechat.Campaigns["pp_x"].DeleteAsync());
        await Expect.UnauthorizedAsync(() => c.Livechat.Campaigns.Active.GetAsync());
        await Expect.UnauthorizedAsync(() => c.Livechat.Campaigns.Disabled.GetAsync());
        await Expect.UnauthorizedAsync(() => c.Livechat.Licenses.GetAsync());
        await Expect.UnauthorizedAsync(() => c.Livechat.Performance.GetAsync());
        await Expect.UnauthorizedAsync(() => c.Livechat.History.GetAsync());
        await Expect.UnauthorizedAsync(() => c.Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = "Valid name", TrialDuration = 30 }));
        await Expect.UnauthorizedAsync(() => c.Campaigns["pp_x"].DeleteAsync());
        await Expect.UnauthorizedAsync(() => c.Campaigns.Active.GetAsync());
        await Expect.UnauthorizedAsync(() => c.Campaigns.Disabled.GetAsync());
        await Expect.UnauthorizedAsync(() => c.Licenses.GetAsync());
        await Expect.UnauthorizedAsync(() => c.Performance.GetAsync());
        await Expect.UnauthorizedAsync(() => c.History.GetAsync());
    }

#pragma warning restore CS0618
}
