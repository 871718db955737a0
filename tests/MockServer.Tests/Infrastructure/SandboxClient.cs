using System.Net;
using System.Text;
using LiveChat.Partners.Testing;
using Newtonsoft.Json;

namespace LiveChat.Partners.Mock.Tests.Infrastructure;

/// <summary>Raw HTTP for one sandbox of the testing kit: a client authenticated for it, plus an anonymous one for the admin API.</summary>
public sealed class SandboxClient(LiveChatPartnersSandbox sandbox, HttpClient anonymous)
{
    /// <summary>The sandbox (the kit's: credentials, faults, journal, typed admin API).</summary>
    public LiveChatPartnersSandbox Sandbox { get; } = sandbox;

    /// <summary>The authenticated client.</summary>
    public HttpClient Http { get; } = sandbox.CreateHttpClient();

    /// <summary>A client without token.</summary>
    public HttpClient Anonymous { get; } = anonymous;

    /// <summary>The sandbox's partner id.</summary>
    public string PartnerId => Sandbox.PartnerId;

    /// <summary>The sandbox's password.</summary>
    public string Password => Sandbox.Credentials.Password!;

    /// <summary>The sandbox's token.</summary>
    public string Token => Sandbox.Token;

    /// <summary>The Partner API base path.</summary>
    public const string Api = "/v2/partners";

    /// <summary>GET below /v2/partners.</summary>
    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(Api + path);

    /// <summary>Sends JSON (an object, or a raw string) below /v2/partners.</summary>
    public Task<HttpResponseMessage> SendJsonAsync(HttpMethod method, string path, object body) =>
        Http.SendAsync(new HttpRequestMessage(method, Api + path) { Content = Json(body) });

    /// <summary>POST JSON below /v2/partners.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, object body) => SendJsonAsync(HttpMethod.Post, path, body);

    /// <summary>PUT JSON below /v2/partners.</summary>
    public Task<HttpResponseMessage> PutAsync(string path, object body) => SendJsonAsync(HttpMethod.Put, path, body);

    /// <summary>DELETE below /v2/partners.</summary>
    public Task<HttpResponseMessage> DeleteAsync(string path) => Http.DeleteAsync(Api + path);

    /// <summary>Calls the admin API for this sandbox (<c>/_mock/sandboxes/{id}</c> + <paramref name="path"/>).</summary>
    public Task<HttpResponseMessage> AdminAsync(HttpMethod method, string path, object? body = null) =>
        Anonymous.SendAsync(new HttpRequestMessage(method, $"/_mock/sandboxes/{PartnerId}{path}") { Content = body is null ? null : Json(body) });

    /// <summary>A JSON request body.</summary>
    public static StringContent Json(object body) =>
        new(body as string ?? JsonConvert.SerializeObject(body), Encoding.UTF8, "application/json");

    /// <summary>Gets a fresh single-use Recurly token for a valid card.</summary>
    public async Task<string> RecurlyTokenAsync()
    {
        var response = await Anonymous.GetAsync("/js/v1/token?" + Cards.ValidQuery());
        var body = await Expect.JsonAsync(response, HttpStatusCode.OK);
        return (string)body["id"]!;
    }
}
