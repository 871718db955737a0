namespace LiveChat.Partners.ContractTests;

/// <summary>Reference, "Create API Token", "Get API Token List", "Revoke API Token".</summary>
public sealed class TokensTests(Partner partner) : IClassFixture<Partner>
{
    private LiveChatPartnersClient Client => partner.Client;

    [Fact]
    public async Task Create_API_token_answers_201_with_the_newly_created_token()
    {
        var label = TestData.Unique("My token");

        var token = await Client.Tokens.PostAsync(new CreateApiTokenRequest { Label = label });

        Assert.NotNull(token?.Id);
        Assert.Equal(label, token.Label);
        Assert.False(string.IsNullOrEmpty(token.Token));
        Expect.Timestamp(token.CreationTimestamp);
        Assert.NotNull(token.CreationTime);
    }

    [Fact]
    public async Task Create_API_token_answers_400_to_a_label_shorter_than_3_characters()
    {
        await Expect.ValidationAsync("label", () => Client.Tokens.PostAsync(new CreateApiTokenRequest { Label = "ab" }));
    }

    [Fact]
    public async Task Create_API_token_answers_409_when_the_label_was_already_taken()
    {
        var label = TestData.Unique("Taken label");
        await Client.Tokens.PostAsync(new CreateApiTokenRequest { Label = label });

        await Expect.ConflictAsync(() => Client.Tokens.PostAsync(new CreateApiTokenRequest { Label = label }), "label");
    }

    [Fact]
    public async Task Get_API_token_list_lists_the_active_tokens()
    {
        var created = await Client.Tokens.PostAsync(new CreateApiTokenRequest { Label = TestData.Unique("Listed") });

        var list = await Client.Tokens.GetAsync();

        Assert.Contains(list?.Result ?? [], t => t.Id == created!.Id && t.Label == created.Label);
        Assert.All(list!.Result!, t => Expect.Timestamp(t.CreationTimestamp));
    }

    [Fact]
    public async Task Revoke_API_token_answers_400_to_an_incorrect_token_id()
    {
        await Expect.ValidationAsync("token_id", () => Client.Tokens[987654321].DeleteAsync());
    }

    [Fact]
    public async Task A_partner_creates_a_token_uses_it_revokes_it_and_sees_it_refused()
    {
        var created = await Client.Tokens.PostAsync(new CreateApiTokenRequest { Label = TestData.Unique("For my service") });
        var service = partner.ClientWith(created!.Token!);

        var profile = await service.GetAsync();
        Assert.Equal(partner.Id, profile?.PartnerId);

        var revoked = await Client.Tokens[created.Id!.Value].DeleteAsync();
        Assert.True(revoked?.Success);

        Assert.DoesNotContain((await Client.Tokens.GetAsync())?.Result ?? [], t => t.Id == created.Id);
        await Expect.UnauthorizedAsync(() => service.GetAsync());
        await Expect.ValidationAsync("token_id", () => Client.Tokens[created.Id.Value].DeleteAsync());
    }

    [Fact]
    public async Task Token_operations_answer_401_to_a_missing_or_incorrect_authorization_header()
    {
        using var stranger = Partner.ClientWithToken("made-up-token");

        await Expect.UnauthorizedAsync(() => stranger.Tokens.PostAsync(new CreateApiTokenRequest { Label = "Some label" }));
        await Expect.UnauthorizedAsync(() => stranger.Tokens.GetAsync());
        await Expect.UnauthorizedAsync(() => stranger.Tokens[1].DeleteAsync());
    }
}
