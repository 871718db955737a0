using System.Net.Http.Headers;
using LiveChat.Partners.Testing;
using LiveChat.Partners.TestSupport.Mock;

namespace LiveChat.Partners.NSwagClient.Tests;

using LiveChatPartnersClient = LiveChat.Partners.NSwag.LiveChatPartnersClient;

/// <summary>The mock server in process (the testing kit, in memory), and NSwag clients signed in to fresh sandboxes of it.</summary>
public sealed class MockServerFixture : TestMock, IAsyncLifetime
{
    /// <summary>The Partner API's base URL on the in-process server.</summary>
    public string PartnerApiBaseUrl => new Uri(Mock.BaseUrl, "/v2/partners/").ToString();

    /// <summary>A client without a token (public operations, authentication errors).</summary>
    public LiveChatPartnersClient AnonymousClient() => new(Anonymous()) { BaseUrl = PartnerApiBaseUrl };

    /// <summary>A client authenticated with <paramref name="token"/>.</summary>
    public LiveChatPartnersClient ClientWithToken(string token)
    {
        var http = Anonymous();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new LiveChatPartnersClient(http) { BaseUrl = PartnerApiBaseUrl };
    }

    /// <summary>A client signed in to a new sandbox, and the sandbox.</summary>
    public async Task<(LiveChatPartnersClient Client, LiveChatPartnersSandbox Sandbox)> SandboxClientAsync()
    {
        var sandbox = await CreateSandboxAsync();
        return (ClientWithToken(sandbox.Token), sandbox);
    }
}
