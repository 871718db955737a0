using LiveChat.Partners.Models;

namespace LiveChat.Partners.Tests;

/// <summary>Reference, "Get Recurly Token": <c>GET https://api.recurly.com/js/v1/token</c>, its own host, no Partner token.</summary>
public class RecurlyTests
{
    [Fact]
    public async Task Production_recurly_call_goes_to_api_recurly_com_without_the_token()
    {
        var stub = new StubHandler();
        using var client = TestClients.Create(stub);

        await client.Js.V1.Token.GetAsync(q =>
        {
            q.QueryParameters.Key = "ewr1-QCXZap10wOSm13fxI4u5Jt";
            q.QueryParameters.Number = "4111111111111111";
        });

        var request = Assert.Single(stub.Requests);
        Assert.Equal("api.recurly.com", request.Uri.Host);
        Assert.Equal(Uri.UriSchemeHttps, request.Uri.Scheme);
        Assert.Equal("/js/v1/token", request.Uri.AbsolutePath);
        Assert.Contains("key=ewr1-QCXZap10wOSm13fxI4u5Jt", request.Uri.Query);
        Assert.Contains("number=4111111111111111", request.Uri.Query);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task With_the_mock_the_recurly_call_goes_to_the_mock_root_without_the_token()
    {
        var stub = new StubHandler();
        using var client = TestClients.Create(stub, TestClients.Mock);

        await client.Js.V1.Token.GetAsync(q => q.QueryParameters.Key = "k");

        var request = Assert.Single(stub.Requests);
        Assert.Equal("http://127.0.0.1:5080/js/v1/token", request.Uri.GetLeftPart(UriPartial.Path));
        Assert.Contains("key=k", request.Uri.Query);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task Recurly_origin_can_be_set()
    {
        var stub = new StubHandler();
        using var client = TestClients.Create(stub, configure: o => o.RecurlyBaseUrl = new Uri("https://recurly.test:8443/ignored/path"));

        await client.Js.V1.Token.GetAsync(q => q.QueryParameters.Key = "k");

        Assert.Equal("https://recurly.test:8443/js/v1/token", stub.Requests[0].Uri.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public async Task Recurly_errors_surface_as_the_sdk_exception_without_card_data()
    {
        var stub = new StubHandler().Then(System.Net.HttpStatusCode.UnprocessableEntity,
            """{"error":{"code":"invalid_parameter","message":"number is invalid","fields":[{"name":"number","reason":"is invalid"}]}}""");
        using var client = TestClients.Create(stub);

        var error = await Assert.ThrowsAsync<ErrorResponse>(() =>
            client.Js.V1.Token.GetAsync(q => q.QueryParameters.Number = "4111111111111111"));

        Assert.Equal("number is invalid", error.ErrorMessage);
        Assert.Equal("https://api.recurly.com/js/v1/token", error.RequestUri!.ToString());
        Assert.DoesNotContain("4111111111111111", error.ToString());
    }
}
