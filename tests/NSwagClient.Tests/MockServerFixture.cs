using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using LiveChat.Partners.NSwag;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LiveChat.Partners.NSwagClient.Tests;

/// <summary>The mock server in process, and NSwag clients signed in to fresh sandboxes of it.</summary>
public sealed class MockServerFixture : WebApplicationFactory<Program>
{
    /// <summary>The Partner API's base URL on the in-process server.</summary>
    public const string PartnerApiBaseUrl = "http://localhost/v2/partners/";

    /// <summary>A client without a token (public operations, authentication errors).</summary>
    public LiveChatPartnersClient AnonymousClient() => new(CreateClient()) { BaseUrl = PartnerApiBaseUrl };

    /// <summary>A client authenticated with <paramref name="token"/>.</summary>
    public LiveChatPartnersClient ClientWithToken(string token)
    {
        var http = CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new LiveChatPartnersClient(http) { BaseUrl = PartnerApiBaseUrl };
    }

    /// <summary>Creates an isolated Partner account (<c>POST /_mock/sandboxes</c>).</summary>
    public async Task<Sandbox> CreateSandboxAsync()
    {
        using var http = CreateClient();
        using var response = await http.PostAsync(new Uri("/_mock/sandboxes", UriKind.Relative), content: null);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var sandbox = await response.Content.ReadFromJsonAsync<Sandbox>();
        return sandbox ?? throw new InvalidOperationException("POST /_mock/sandboxes answered no body.");
    }

    /// <summary>A client signed in to a new sandbox, and the sandbox.</summary>
    public async Task<(LiveChatPartnersClient Client, Sandbox Sandbox)> SandboxClientAsync()
    {
        var sandbox = await CreateSandboxAsync();
        return (ClientWithToken(sandbox.Token), sandbox);
    }
}

/// <summary>What <c>POST /_mock/sandboxes</c> answers.</summary>
public sealed record Sandbox(
    [property: JsonPropertyName("partner_id")] string PartnerId,
    [property: JsonPropertyName("login")] string Login,
    [property: JsonPropertyName("password")] string Password,
    [property: JsonPropertyName("token")] string Token);
