using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LiveChat.Partners.Mock.Tests.Infrastructure;

/// <summary>One in-memory mock server for the whole run, in strict mode; every test makes its own sandbox.</summary>
public sealed class MockServerFixture : WebApplicationFactory<Program>
{
    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Mock:Strict", "true");
        builder.UseSetting("Mock:Token", "fixture-default-token");
        builder.UseSetting("Mock:MaxBodyBytes", (3 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A client with no token.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Creates a fresh sandbox and a client authenticated for it.</summary>
    public async Task<SandboxClient> NewSandboxAsync()
    {
        var anonymous = Anonymous();
        var response = await anonymous.PostAsync("/_mock/sandboxes", null);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var credentials = JObject.Parse(await response.Content.ReadAsStringAsync());
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)credentials["token"]!);
        return new SandboxClient(client, anonymous, credentials);
    }
}

/// <summary>All test classes share the one server.</summary>
[CollectionDefinition(Name)]
public sealed class MockServerCollection : ICollectionFixture<MockServerFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "mock server";
}
