namespace LiveChat.Partners.Tests;

/// <summary>Reference, "Authorization": every request carries <c>Authorization: Bearer &lt;YOUR_API_TOKEN&gt;</c>.</summary>
public class AuthenticationTests
{
    [Fact]
    public async Task Every_request_carries_the_bearer_token()
    {
        var stub = new StubHandler();
        using var client = TestClients.Create(stub);

        await client.GetAsync();

        var request = Assert.Single(stub.Requests);
        Assert.Equal($"Bearer {TestClients.Token}", request.Authorization);
    }

    [Fact]
    public async Task Production_client_calls_api_livechatinc_com_below_v2_partners()
    {
        var stub = new StubHandler();
        using var client = TestClients.Create(stub);

        await client.Tokens.GetAsync();

        Assert.Equal("https://api.livechatinc.com/v2/partners/tokens", stub.Requests[0].Uri.ToString());
    }

    [Fact]
    public async Task Mock_base_url_gets_v2_partners_appended()
    {
        var stub = new StubHandler();
        using var client = TestClients.Create(stub, TestClients.Mock);

        await client.Resellers.Licenses["123"].Invoices.GetAsync();

        Assert.Equal("http://127.0.0.1:5080/v2/partners/resellers/licenses/123/invoices", stub.Requests[0].Uri.ToString());
    }

    [Fact]
    public async Task Base_url_that_already_ends_with_v2_partners_is_kept()
    {
        var stub = new StubHandler();
        using var client = TestClients.Create(stub, new Uri("http://localhost:5080/v2/partners/"));

        await client.Status.GetAsync();

        Assert.Equal("http://localhost:5080/v2/partners/status", stub.Requests[0].Uri.ToString());
    }

    [Fact]
    public async Task Token_provider_is_asked_before_every_request_so_tokens_can_rotate()
    {
        var stub = new StubHandler();
        var calls = 0;
        using var client = TestClients.Create(stub, configure: o =>
        {
            o.Token = null;
            o.TokenProvider = _ => Task.FromResult($"rotated-{++calls}");
        });

        await client.GetAsync();
        await client.GetAsync();

        Assert.Equal(["Bearer rotated-1", "Bearer rotated-2"], stub.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public void A_token_is_required()
    {
        Assert.Throws<ArgumentException>(() => new LiveChatPartnersClient(" "));
        var error = Assert.Throws<ArgumentException>(() => new LiveChatPartnersClient(new LiveChatPartnersClientOptions()));
        Assert.Contains("token is required", error.Message);
    }

    [Fact]
    public async Task User_agent_names_the_sdk_after_your_product()
    {
        var stub = new StubHandler();
        using var client = TestClients.Create(stub, configure: o => o.UserAgent = "AgencyTool/1.2");

        await client.Status.GetAsync();

        Assert.StartsWith("AgencyTool/1.2 LiveChat.Partners/", stub.Requests[0].UserAgent);
    }
}
