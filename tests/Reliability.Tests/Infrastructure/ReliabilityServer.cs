using System.Globalization;
using System.Net.Http.Headers;
using LiveChat.Partners.Mock.Spec;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LiveChat.Partners.Reliability.Infrastructure;

/// <summary>One in-memory mock server (strict mode, 1 MiB body limit) shared by the assembly's tests; each test makes its own sandboxes.</summary>
public sealed class ReliabilityServer : WebApplicationFactory<Program>
{
    /// <summary>The body limit the server runs with.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>The Partner API document the server was built from.</summary>
    public PartnerApiDocument Document => Services.GetRequiredService<PartnerApiDocument>();

    /// <summary>A client with no token that follows no redirect.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Creates a seeded sandbox; returns its credentials and a client authenticated for it.</summary>
    public async Task<(JObject Credentials, HttpClient Http)> NewSandboxAsync()
    {
        using var admin = Anonymous();
        using var response = await admin.PostAsync(new Uri("/_mock/sandboxes", UriKind.Relative), null);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, text);
        var credentials = JObject.Parse(text);
        var http = Anonymous();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)credentials["token"]!);
        return (credentials, http);
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Mock:Strict", "true");
        builder.UseSetting("Mock:Token", "reliability-default-token");
        builder.UseSetting("Mock:MaxBodyBytes", MaxBodyBytes.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:LiveChat.Partners.Mock.Pipeline.StrictResponseMiddleware", "None");
        builder.UseSetting("Logging:LogLevel:LiveChat.Partners.Mock.Pipeline.ErrorHandlingMiddleware", "None");
    }
}

/// <summary>All test classes share the one server.</summary>
[CollectionDefinition(Name)]
public sealed class ReliabilityCollection : ICollectionFixture<ReliabilityServer>
{
    /// <summary>The collection name.</summary>
    public const string Name = "reliability server";
}
