using LiveChat.Partners.TestSupport;
namespace LiveChat.Partners.ContractTests;

/// <summary>Reference, "Expert": logo, profile, comments, stats, history.</summary>
public sealed class ExpertTests(Partner partner) : IClassFixture<Partner>
{
    private LiveChatPartnersClient Client => partner.Client;

    [Fact]
    public async Task A_partner_becomes_an_Expert_logo_first_then_the_profile_then_reads_comments_stats_and_history()
    {
        using var fresh = await Partner.CreateAsync();
        var client = fresh.Client;
        await Expect.ForbiddenAsync(() => client.Experts.Profile.GetAsync());

        var logo = await client.UploadExpertLogoAsync(new MemoryStream(TestImages.Png(400, 400)));
        Assert.NotNull(logo?.Result);
        Assert.Equal(Uri.UriSchemeHttps, new Uri(logo.Result).Scheme);

        var created = await client.Experts.Profile.PostAsync(TestData.ExpertProfile("Acme Chat Experts"));
        Assert.Equal("Acme Chat Experts", created?.Company);
        Assert.Equal(logo.Result, created?.Logo);
        Assert.Equal(fresh.Id, created?.ExpertId);

        var read = await client.Experts.Profile.GetAsync();
        Assert.Equal("6-15", read?.Agents);
        Assert.Equal(["EN", "PL"], read?.Languages);
        Assert.NotNull(read?.Status);

        var updated = await client.Experts.Profile.PutAsync(TestData.ExpertProfile("Acme Chat Experts Ltd"));
        Assert.Equal("Acme Chat Experts Ltd", updated?.Company);
        Assert.Equal("Acme Chat Experts Ltd", (await client.Experts.Profile.GetAsync())?.Company);

        var comments = await client.Experts.Comments.GetAsync();
        Assert.All(comments?.Result ?? [], c => Expect.Timestamp(c.CreationTimestamp));
        var stats = await client.Experts.Stats.GetAsync();
        Assert.Equal(comments?.Result?.Count, stats?.Comments);
        Assert.NotNull(stats?.Position);
        var history = await client.Experts.History.GetAsync();
        Assert.InRange(history?.Result?.Count ?? 0, 0, 12);
        Assert.All(history?.Result ?? [], m => Assert.Matches(@"^\d{4}-\d{2}$", m.Date));

        var profile = await client.GetAsync();
        Assert.NotNull(profile?.Expert?.Status);
    }

    [Fact]
    public async Task Update_Expert_profile_accepts_back_the_profile_it_returned()
    {
        using var fresh = await Partner.CreateAsync();
        await fresh.Client.UploadExpertLogoAsync(new MemoryStream(TestImages.Png(400, 400)));
        await fresh.Client.Experts.Profile.PostAsync(TestData.ExpertProfile());
        var read = (await fresh.Client.Experts.Profile.GetAsync())!;

        var again = await fresh.Client.Experts.Profile.PutAsync(new ExpertProfileRequest
        {
            Company = read.Company,
            Phone = read.Phone,
            Description = read.Description,
            ShortDescription = read.ShortDescription,
            Country = read.Country,
            Website = read.Website,
            Categories = read.Categories,
            Projects = read.Projects,
            Agents = KnownValue.As<AgentsRange>(read.Agents),
            Languages = read.Languages,
            HourRate = read.HourRate,
            ProjectRate = read.ProjectRate,
            Facebook = read.Facebook,
            Twitter = read.Twitter,
            Linkedin = read.Linkedin,
            Googleplus = read.Googleplus,
        });

        Assert.Equal(read.Company, again?.Company);
    }

    [Fact]
    public async Task Upload_logo_answers_400_to_an_image_smaller_than_350x350_or_larger_than_1000x1000()
    {
        await Expect.ValidationAsync("body", () => Client.UploadExpertLogoAsync(new MemoryStream(TestImages.Png(349, 400))));
        await Expect.ValidationAsync("body", () => Client.UploadExpertLogoAsync(new MemoryStream(TestImages.Png(1001, 1001))));
    }

    [Fact]
    public async Task Upload_logo_answers_400_to_a_file_that_is_not_a_readable_image()
    {
        // The PNG signature (so the SDK sends it as image/png) followed by bytes that are no image at all.
        var notAnImage = TestImages.Png(400, 400)[..8].Concat(Enumerable.Repeat((byte)0xFF, 56)).ToArray();

        await Expect.ValidationAsync("body", () => Client.UploadExpertLogoAsync(new MemoryStream(notAnImage)));
    }

    [Fact]
    public async Task Upload_logo_answers_403_to_a_missing_or_incorrect_authorization_token()
    {
        using var stranger = Partner.ClientWithToken("made-up-token");

        await Expect.ForbiddenAsync(() => stranger.UploadExpertLogoAsync(new MemoryStream(TestImages.Png(400, 400))));
    }

    [Fact]
    public async Task Create_Expert_profile_answers_403_when_the_logo_is_missing()
    {
        using var fresh = await Partner.CreateAsync();

        await Expect.ForbiddenAsync(() => fresh.Client.Experts.Profile.PostAsync(TestData.ExpertProfile()));
        await Expect.ForbiddenAsync(() => fresh.Client.Experts.Profile.PutAsync(TestData.ExpertProfile()));
    }

    [Fact]
    public async Task Create_Expert_profile_answers_400_to_incorrect_parameters()
    {
        await Client.UploadExpertLogoAsync(new MemoryStream(TestImages.Png(500, 500)));

        var shortCompany = TestData.ExpertProfile();
        shortCompany.Company = "Abc";
        await Expect.ValidationAsync("company", () => Client.Experts.Profile.PostAsync(shortCompany));

        var shortDescription = TestData.ExpertProfile();
        shortDescription.Description = "too short";
        await Expect.ValidationAsync("description", () => Client.Experts.Profile.PostAsync(shortDescription));

        var unknownCategory = TestData.ExpertProfile();
        unknownCategory.Categories = ["api-and-integrations", "astrology"];
        await Expect.ValidationAsync("categories[1]", () => Client.Experts.Profile.PutAsync(unknownCategory));
    }

    [Fact]
    public async Task Agents_and_languages_are_required_when_a_category_is_outsourcing_customer_service_or_lead_generation()
    {
        await Client.UploadExpertLogoAsync(new MemoryStream(TestImages.Png(500, 500)));
        var profile = TestData.ExpertProfile();
        profile.Categories = ["lead-generation"];
        profile.Agents = null;
        profile.Languages = [];

        var error = await Expect.ValidationAsync("agents", () => Client.Experts.Profile.PostAsync(profile));

        Assert.Contains(error.Fields, f => f.Name == "languages");
    }

    [Fact]
    public async Task Expert_reads_answer_403_when_the_partner_is_not_an_Expert()
    {
        using var fresh = await Partner.CreateAsync();

        await Expect.ForbiddenAsync(() => fresh.Client.Experts.Profile.GetAsync());
        await Expect.ForbiddenAsync(() => fresh.Client.Experts.Comments.GetAsync());
        await Expect.ForbiddenAsync(() => fresh.Client.Experts.Stats.GetAsync());
        await Expect.ForbiddenAsync(() => fresh.Client.Experts.History.GetAsync());
    }

    [Fact]
    public async Task Expert_operations_answer_401_to_a_missing_or_incorrect_authorization_header()
    {
        using var stranger = Partner.ClientWithToken("made-up-token");

        await Expect.UnauthorizedAsync(() => stranger.Experts.Profile.PostAsync(TestData.ExpertProfile()));
        await Expect.UnauthorizedAsync(() => stranger.Experts.Profile.PutAsync(TestData.ExpertProfile()));
        await Expect.UnauthorizedAsync(() => stranger.Experts.Profile.GetAsync());
        await Expect.UnauthorizedAsync(() => stranger.Experts.Comments.GetAsync());
        await Expect.UnauthorizedAsync(() => stranger.Experts.Stats.GetAsync());
        await Expect.UnauthorizedAsync(() => stranger.Experts.History.GetAsync());
    }
}
