using System.Net;
using System.Text;
using LiveChat.Partners.NSwag;
using LiveChat.Partners.TestSupport;

namespace LiveChat.Partners.NSwagClient.Tests;

using LiveChatPartnersClient = LiveChat.Partners.NSwag.LiveChatPartnersClient;

/// <summary>
/// The NSwag (Newtonsoft) client of the same document reads response values the document does not list
/// (issue 11, item 9): a closed response enum would make its StringEnumConverter throw on a valid answer.
/// </summary>
public sealed class OpenValueTests
{
    [Fact]
    public async Task A_license_with_values_the_document_does_not_list_is_read_as_sent()
    {
        using var http = new HttpClient(new Answer(OpenValues.LicenseJson));
        var client = new LiveChatPartnersClient(http) { BaseUrl = "http://api.test/v2/partners/" };

        var license = await client.GetLicenseDetailsAsync("123");

        Assert.Equal("enterprise", license.Plan);
        Assert.Equal("biennial", license.Billing_cycle);
        Assert.Equal("reseller", license.Payment_origin);
        Assert.Equal("sgp", license.Data_center);
    }

    private sealed class Answer(string json) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
    }
}
