using System.Reflection;
using Microsoft.Kiota.Abstractions;

namespace LiveChat.Partners.Tests;

/// <summary>An empty or blank path id is refused before any request (<c>Licenses[""]</c> would call the list's URL).</summary>
public class PathParameterTests
{
    /// <summary>Every generated request builder whose URL template has path parameters, and each of those parameters.</summary>
    public static TheoryData<string, string> TemplatePathParameters
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var template in Templates())
            {
                foreach (var name in RequestUriTemplate.Parse(template).PathParameterNames) data.Add(template, name);
            }

            return data;
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_license_id_throws_before_any_request(string id)
    {
        var stub = new StubHandler();
        using var client = TestClients.Create(stub);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.Resellers.Licenses[id].GetAsync());

        Assert.Equal("licenseId", error.ParamName);
        Assert.Contains("/resellers/licenses/{licenseId}", error.Message);
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task Empty_ids_deeper_in_the_path_and_in_helpers_throw_too()
    {
        var stub = new StubHandler();
        using var client = TestClients.Create(stub);

        await Assert.ThrowsAsync<ArgumentException>(() => client.Resellers.Licenses[""].Invoices.GetAsync());
        await Assert.ThrowsAsync<ArgumentException>(() => client.Affiliates.Livechat.Campaigns[" "].DeleteAsync());
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetLicenseInvoicePdfAsync("", 123));
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task A_real_id_is_sent()
    {
        var stub = new StubHandler();
        using var client = TestClients.Create(stub);

        await client.Resellers.Licenses["123"].GetAsync();

        Assert.Equal("https://api.livechatinc.com/v2/partners/resellers/licenses/123", Assert.Single(stub.Requests).Uri.ToString());
    }

    [Fact]
    public void The_generated_templates_have_path_parameters() => Assert.NotEmpty(TemplatePathParameters);

    [Theory]
    [MemberData(nameof(TemplatePathParameters))]
    public void Every_path_parameter_of_every_template_is_checked(string template, string name)
    {
        var guard = new RequestUris();
        var others = RequestUriTemplate.Parse(template).PathParameterNames.Where(n => n != name).ToDictionary(n => n, n => (object)"x");

        var missing = Assert.Throws<ArgumentException>(() => guard.Check(Request(template, new Dictionary<string, object>(others))));
        Assert.Contains("it has no value", missing.Message);
        foreach (var value in new object[] { "", " ", "\t" })
        {
            var error = Assert.Throws<ArgumentException>(() => guard.Check(Request(template, new Dictionary<string, object>(others) { [name] = value })));
            Assert.Equal(name, error.ParamName);
        }

        guard.Check(Request(template, new Dictionary<string, object>(others) { [name] = "42" }));
    }

    [Fact]
    public void Query_expressions_are_not_path_parameters() =>
        Assert.Equal(["licenseId"], RequestUriTemplate.Parse("{+baseurl}/resellers/licenses/{licenseId}{?date_from*,date_to*}").PathParameterNames);

    [Fact]
    public void A_raw_url_is_sent_as_given()
    {
        var guard = new RequestUris();
        var request = new RequestInformation(Method.GET, "{+baseurl}/resellers/licenses/{licenseId}", new Dictionary<string, object> { ["request-raw-url"] = "https://h/x" });

        guard.Check(request);
    }

    private static RequestInformation Request(string template, Dictionary<string, object> pathParameters) =>
        new(Method.GET, template, pathParameters);

    private static IEnumerable<string> Templates() => GeneratedTemplates.All().Where(t => RequestUriTemplate.Parse(t).PathParameterNames.Length > 0);
}
