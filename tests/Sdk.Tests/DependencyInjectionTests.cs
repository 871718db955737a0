using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using LiveChat.Partners.Models;

namespace LiveChat.Partners.Tests;

/// <summary><c>services.AddLiveChatPartnersClient(...)</c> on top of IHttpClientFactory, options from configuration.</summary>
public class DependencyInjectionTests
{
    [Fact]
    public async Task Client_is_a_singleton_configured_from_configuration()
    {
        var stub = new StubHandler();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LiveChatPartners:Token"] = "from-config",
            ["LiveChatPartners:BaseUrl"] = "http://127.0.0.1:5080",
            ["LiveChatPartners:UserAgent"] = "AgencyTool/2.0",
            ["LiveChatPartners:Timeout"] = "00:00:30",
            ["LiveChatPartners:Retry:MaxRetries"] = "0",
        }).Build();
        var services = new ServiceCollection();
        services.AddLiveChatPartnersClient(configuration.GetSection(LiveChatPartnersClientOptions.SectionName), o => o.HttpMessageHandler = stub);
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<LiveChatPartnersClient>();
        Assert.Same(client, provider.GetRequiredService<LiveChatPartnersClient>());

        stub.Then(HttpStatusCode.ServiceUnavailable);
        await Assert.ThrowsAsync<ErrorResponse>(() => client.Tokens.GetAsync());

        var request = Assert.Single(stub.Requests); // Retry:MaxRetries = 0 was bound
        Assert.Equal("http://127.0.0.1:5080/v2/partners/tokens", request.Uri.ToString());
        Assert.Equal("Bearer from-config", request.Authorization);
        Assert.StartsWith("AgencyTool/2.0 LiveChat.Partners/", request.UserAgent);
    }

    [Theory]
    [InlineData("Timeout", "30")]
    [InlineData("Retry:MaxDelay", "10")]
    [InlineData("Retry:InitialDelay", "1.5")]
    public void A_bare_number_for_a_duration_is_refused_with_the_format(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LiveChatPartners:Token"] = "from-config",
            ["LiveChatPartners:" + key] = value,
        }).Build();
        var services = new ServiceCollection();
        services.AddLiveChatPartnersClient(configuration.GetSection(LiveChatPartnersClientOptions.SectionName), o => o.HttpMessageHandler = new StubHandler());
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<LiveChatPartnersClient>());

        Assert.Contains($"LiveChatPartners:{key} = \"{value}\"", error.Message);
        Assert.Contains("\"00:00:30\" for 30 seconds", error.Message);
    }

    [Fact]
    public void A_timeout_in_hh_mm_ss_is_bound()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LiveChatPartners:Token"] = "from-config",
            ["LiveChatPartners:Timeout"] = "00:00:07",
        }).Build();
        var services = new ServiceCollection();
        services.AddLiveChatPartnersClient(configuration.GetSection(LiveChatPartnersClientOptions.SectionName));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<LiveChatPartnersClientOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(7), options.Timeout);
    }

    [Fact]
    public async Task Configuration_in_code_and_the_time_provider_from_the_container()
    {
        var stub = new StubHandler();
        var time = new FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddLiveChatPartnersClient(o =>
        {
            o.Token = "in-code";
            o.HttpMessageHandler = stub;
            o.Retry.InitialDelay = TimeSpan.FromSeconds(2);
            o.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        });
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<LiveChatPartnersClient>();
        stub.Then(HttpStatusCode.ServiceUnavailable).Then(HttpStatusCode.OK);

        var call = client.GetAsync();
        await stub.WaitForRequestsAsync(1);
        time.Advance(TimeSpan.FromSeconds(2)); // the container's clock drives the backoff
        await call.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(2, stub.Count);
        Assert.Equal("Bearer in-code", stub.Requests[1].Authorization);
    }

    [Fact]
    public async Task Errors_guard_and_recurly_rewrite_apply_through_the_http_client_factory_too()
    {
        var stub = new StubHandler();
        var services = new ServiceCollection();
        services.AddLiveChatPartnersClient(o =>
        {
            o.Token = "di-token";
            o.HttpMessageHandler = stub;
        });
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<LiveChatPartnersClient>();

        await client.Js.V1.Token.GetAsync(q => q.QueryParameters.Key = "k");
        stub.Then(HttpStatusCode.Unauthorized, """{"error":{"type":"authentication","message":"bad token di-token"}}""");
        var error = await Assert.ThrowsAsync<ErrorResponse>(() => client.GetAsync());

        Assert.Equal("https://api.recurly.com/js/v1/token", stub.Requests[0].Uri.GetLeftPart(UriPartial.Path));
        Assert.Null(stub.Requests[0].Authorization);
        Assert.DoesNotContain("di-token", error.ToString());
    }

    [Fact]
    public void Missing_token_fails_with_a_clear_error_when_the_client_is_resolved()
    {
        var services = new ServiceCollection();
        services.AddLiveChatPartnersClient(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<LiveChatPartnersClient>());
        Assert.Contains("token is required", error.Message);
    }
}
