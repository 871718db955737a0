using System.Net;
using Microsoft.Kiota.Http.HttpClientLibrary;
using LiveChat.Partners.Models;

namespace LiveChat.Partners.Tests;

/// <summary>
/// The handler chain the SDK builds around its own transport (followRedirects: true, Kiota's RedirectHandler with
/// <see cref="RedirectPolicy"/> above BearerTokenHandler), with a fake transport below it: only redirects within the API
/// base are followed, and every hop is re-checked, so the token goes only to the API base.
/// (The same on real sockets: tests/Reliability.Tests/Security/RedirectTests.cs.)
/// </summary>
public sealed class RedirectTests
{
    private static HttpClient Chain(StubHandler stub, string baseUrl)
    {
        var settings = LiveChatPartnersSettings.From(new LiveChatPartnersClientOptions { Token = TestClients.Token, BaseUrl = new Uri(baseUrl), Retry = { MaxRetries = 0 } });
        var handlers = LiveChatPartnersPipeline.CreateHandlers(settings, followRedirects: true);
        return new HttpClient(KiotaClientFactory.ChainHandlersCollectionAndGetFirstLink(stub, handlers)!);
    }

    private static Func<HttpRequestMessage, HttpResponseMessage> RedirectTo(HttpStatusCode status, string location) => _ =>
    {
        var response = new HttpResponseMessage(status);
        response.Headers.Location = new Uri(location);
        return response;
    };

    [Theory]
    [InlineData(HttpStatusCode.Found)]
    [InlineData(HttpStatusCode.TemporaryRedirect)]
    public async Task An_https_to_http_downgrade_never_carries_the_token(HttpStatusCode status)
    {
        var stub = new StubHandler().Then(RedirectTo(status, "http://api.example.com/v2/partners/coupons"));
        using var http = Chain(stub, "https://api.example.com");

        try
        {
            using var _ = await http.GetAsync(new Uri("https://api.example.com/v2/partners/coupons"));
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            Assert.DoesNotContain(TestClients.Token, e.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal($"Bearer {TestClients.Token}", stub.Requests[0].Authorization);
        Assert.All(stub.Requests.Skip(1), r => Assert.Null(r.Authorization));
        Assert.All(stub.Requests.Skip(1), r => Assert.Equal("https", r.Uri.Scheme)); // Kiota refuses a scheme change
    }

    [Theory]
    [InlineData("https://evil.example/v2/partners/coupons")]
    [InlineData("https://api.example.com:8443/v2/partners/coupons")]
    [InlineData("https://api.example.com/elsewhere")]
    public async Task A_redirect_off_the_API_base_is_not_followed_and_surfaces_as_an_error(string location)
    {
        var stub = new StubHandler().Then(RedirectTo(HttpStatusCode.Found, location));
        using var http = Chain(stub, "https://api.example.com");
        var settings = LiveChatPartnersSettings.From(new LiveChatPartnersClientOptions { Token = TestClients.Token, BaseUrl = new Uri("https://api.example.com") });
        using var client = new LiveChatPartnersClient(new SdkRequestAdapter(http, settings, LiveChat.Partners.Serialization.SdkParseNodeFactories.Create()));

        var error = await Assert.ThrowsAsync<ErrorResponse>(() => client.Coupons.GetAsync());

        // Not followed: the other server is never asked, and the 3xx is the caller's error to see.
        Assert.Equal(1, stub.Count);
        Assert.Equal(HttpStatusCode.Found, error.StatusCode);
        Assert.DoesNotContain(TestClients.Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_within_the_API_base_keeps_the_token()
    {
        var stub = new StubHandler().Then(RedirectTo(HttpStatusCode.TemporaryRedirect, "https://api.example.com/v2/partners/coupons/1"));
        using var http = Chain(stub, "https://api.example.com");

        using var response = await http.GetAsync(new Uri("https://api.example.com/v2/partners/coupons"));

        Assert.Equal($"Bearer {TestClients.Token}", stub.Requests[1].Authorization);
    }
}
