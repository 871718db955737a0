namespace LiveChat.Partners.Tests;

/// <summary>The token goes only to the configured base URL, and never over plain HTTP except to loopback.</summary>
public class HostGuardTests
{
    [Theory]
    [InlineData("http://api.livechatinc.com")]
    [InlineData("http://10.0.0.5:5080")]
    [InlineData("http://mock.internal")]
    public void Plain_http_to_a_non_loopback_host_is_refused_with_a_clear_error(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => new LiveChatPartnersClient(TestClients.Token, new Uri(url)));

        Assert.Contains("only over HTTPS", error.Message);
        Assert.Contains("loopback", error.Message);
        Assert.DoesNotContain(TestClients.Token, error.Message);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("https://partners.example.com")]
    public async Task Https_or_loopback_http_is_accepted_and_gets_the_token(string url)
    {
        var stub = new StubHandler();
        using var client = TestClients.Create(stub, new Uri(url));

        await client.GetAsync();

        var request = Assert.Single(stub.Requests);
        Assert.Equal(new Uri(new Uri(url), "/v2/partners"), request.Uri);
        Assert.Equal($"Bearer {TestClients.Token}", request.Authorization);
    }

    [Fact]
    public void Plain_http_recurly_origin_is_refused_too()
    {
        var options = new LiveChatPartnersClientOptions { Token = TestClients.Token, RecurlyBaseUrl = new Uri("http://recurly.example") };

        var error = Assert.Throws<ArgumentException>(() => new LiveChatPartnersClient(options));

        Assert.Contains("RecurlyBaseUrl", error.Message);
    }

    [Fact]
    public async Task A_raw_url_on_another_host_is_sent_without_the_token()
    {
        var stub = new StubHandler();
        using var client = TestClients.Create(stub);

        await client.Tokens.WithUrl("https://elsewhere.example/v2/partners/tokens").GetAsync();

        Assert.Null(stub.Requests[0].Authorization);
    }

    [Fact]
    public async Task Same_host_outside_the_base_path_is_sent_without_the_token()
    {
        var stub = new StubHandler();
        using var client = TestClients.Create(stub);

        await client.Tokens.WithUrl("https://api.livechatinc.com/v2/partnersX/tokens").GetAsync();

        Assert.Null(stub.Requests[0].Authorization);
    }
}
