using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LiveChat.Partners.ContractTests.Infrastructure;

/// <summary>The mock's admin API (<c>/_mock/...</c>): sandboxes, state setters and the request journal.</summary>
public static class MockAdmin
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Creates an isolated, seeded Partner account (<c>POST /_mock/sandboxes</c> → 201).</summary>
    public static async Task<SandboxCredentials> CreateSandboxAsync()
    {
        using var http = ContractServer.Shared.CreateClient();
        using var response = await http.PostAsync(new Uri("/_mock/sandboxes", UriKind.Relative), content: null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<SandboxCredentials>(Json) ?? throw new InvalidOperationException("POST /_mock/sandboxes answered no body");
    }

    /// <summary>Every sandbox of the server.</summary>
    public static async Task<IReadOnlyList<SandboxCredentials>> SandboxesAsync()
    {
        using var http = ContractServer.Shared.CreateClient();
        var list = await http.GetFromJsonAsync<ResultList<SandboxCredentials>>(new Uri("/_mock/sandboxes", UriKind.Relative), Json);
        return list?.Result ?? [];
    }

    /// <summary>The requests a sandbox received, oldest first.</summary>
    public static async Task<IReadOnlyList<JournalEntry>> JournalAsync(string partnerId)
    {
        using var http = ContractServer.Shared.CreateClient();
        var list = await http.GetFromJsonAsync<ResultList<JournalEntry>>(new Uri($"/_mock/sandboxes/{partnerId}/journal", UriKind.Relative), Json);
        return list?.Result ?? [];
    }

    /// <summary>The requests that authenticated for no sandbox (public calls such as Recurly's, 401s), oldest first.</summary>
    public static async Task<IReadOnlyList<JournalEntry>> AnonymousJournalAsync()
    {
        using var http = ContractServer.Shared.CreateClient();
        var list = await http.GetFromJsonAsync<ResultList<JournalEntry>>(new Uri("/_mock/journal", UriKind.Relative), Json);
        return list?.Result ?? [];
    }

    /// <summary>
    /// How many Recurly token calls (<c>GET /js/v1/token</c>) reached the mock with an <c>Authorization</c> header, in
    /// the anonymous journal and <paramref name="partnerIds"/>' journals (every sandbox when none are given): must stay 0.
    /// </summary>
    public static async Task<int> RecurlyCallsWithAuthorizationAsync(params string[] partnerIds)
    {
        var entries = new List<JournalEntry>(await AnonymousJournalAsync());
        foreach (var id in partnerIds.Length > 0 ? partnerIds : (await SandboxesAsync()).Select(s => s.PartnerId).ToArray())
        {
            entries.AddRange(await JournalAsync(id));
        }

        return entries.Count(e => e.Path == "/js/v1/token" && e.Headers is not null && e.Headers.Keys.Any(h => h.Equals("Authorization", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Sets the Partner's balance (<c>PUT /_mock/sandboxes/{id}/balance</c>).</summary>
    public static Task SetBalanceAsync(string partnerId, decimal balance) =>
        SendAsync(HttpMethod.Put, $"/_mock/sandboxes/{partnerId}/balance", new { balance });

    private static async Task SendAsync(HttpMethod method, string path, object body)
    {
        using var http = ContractServer.Shared.CreateClient();
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body, options: Json) };
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private sealed record ResultList<T>([property: JsonPropertyName("result")] List<T> Result);
}

/// <summary>What <c>POST /_mock/sandboxes</c> answers.</summary>
public sealed record SandboxCredentials(
    [property: JsonPropertyName("partner_id")] string PartnerId,
    [property: JsonPropertyName("login")] string Login,
    [property: JsonPropertyName("password")] string Password,
    [property: JsonPropertyName("token")] string Token);

/// <summary>One request of a sandbox's journal.</summary>
public sealed record JournalEntry(
    [property: JsonPropertyName("sequence")] long Sequence,
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("operation_id")] string? OperationId,
    [property: JsonPropertyName("headers")] IReadOnlyDictionary<string, string>? Headers,
    [property: JsonPropertyName("status")] int Status);
