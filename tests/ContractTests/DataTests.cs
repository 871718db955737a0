namespace LiveChat.Partners.ContractTests;

/// <summary>The look-ups the reference links as plain URLs: countries, Expert categories, languages.</summary>
public sealed class DataTests(Partner partner) : IClassFixture<Partner>
{
    private LiveChatPartnersClient Client => partner.Client;

    [Fact]
    public async Task Countries_lists_the_country_codes_accepted_by_billing_Recurly_and_Expert_profiles()
    {
        var countries = await Client.Data.Countries.GetAsync();

        Assert.Contains(countries?.Result ?? [], c => c.Code == "US" && !string.IsNullOrEmpty(c.Name));
        Assert.Contains(countries!.Result!, c => c.Code == "PL");
    }

    [Fact]
    public async Task Expert_categories_lists_the_category_codes_of_Expert_profiles()
    {
        var categories = await Client.Data.Categories.Expert.GetAsync();

        Assert.Contains(categories?.Result ?? [], c => c.Code == "outsourcing-customer-service");
        Assert.Contains(categories!.Result!, c => c.Code == "lead-generation");
        Assert.Contains(categories.Result!, c => c.Code == "api-and-integrations");
    }

    [Fact]
    public async Task Languages_lists_the_language_codes_of_Expert_profiles()
    {
        var languages = await Client.Data.Languages.GetAsync();

        Assert.Contains(languages?.Result ?? [], c => c.Code == "EN");
    }

    [Fact]
    public async Task The_look_ups_are_public_and_answer_without_a_valid_token()
    {
        using var stranger = Partner.ClientWithToken("made-up-token");

        Assert.NotEmpty((await stranger.Data.Countries.GetAsync())?.Result ?? []);
        Assert.NotEmpty((await stranger.Data.Categories.Expert.GetAsync())?.Result ?? []);
        Assert.NotEmpty((await stranger.Data.Languages.GetAsync())?.Result ?? []);
        Assert.Equal("ok", (await stranger.Status.GetAsync())?.Status);
    }
}
