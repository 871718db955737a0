using System.Net;
using Microsoft.AspNetCore.Hosting;
using LiveChat.Partners.Mock.Spec;
using LiveChat.Partners.Mock.Tests.Infrastructure;
using LiveChat.Partners.Mock.Validation;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>The admin API answers as openapi/mock-admin.yaml describes it.</summary>
[Collection(MockServerCollection.Name)]
public sealed class AdminContractTests(MockServerFixture server)
{
    private static readonly Lazy<Task<PartnerApiDocument>> AdminDocument = new(() =>
        PartnerApiDocument.LoadAsync(Path.Combine(AppContext.BaseDirectory, "openapi", "mock-admin.yaml"), CancellationToken.None));

    private static async Task CheckAsync(HttpResponseMessage response)
    {
        var document = await AdminDocument.Value;
        var request = response.RequestMessage!;
        var operation = document.Operations.FirstOrDefault(o => o.Method == request.Method.Method && o.MatchesPath(request.RequestUri!.AbsolutePath));
        Assert.True(operation is not null, $"{request.Method} {request.RequestUri!.AbsolutePath} is not in mock-admin.yaml");
        var body = await response.Content.ReadAsByteArrayAsync();
        var problem = new ResponseValidator().Validate(operation, (int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), body);
        Assert.True(problem is null, problem);
    }

    [Fact]
    public async Task Every_admin_call_matches_the_admin_document()
    {
        var api = await server.NewSandboxAsync();
        await api.GetAsync("/coupons");
        var responses = new List<HttpResponseMessage>
        {
            await server.Anonymous().PostAsync("/_mock/sandboxes", null),
            await server.Anonymous().PostAsync("/_mock/sandboxes", SandboxClient.Json(new { partner_id = "NOT VALID" })),
            await server.Anonymous().GetAsync("/_mock/sandboxes"),
            await server.Anonymous().GetAsync($"/_mock/sandboxes/{api.PartnerId}"),
            await server.Anonymous().GetAsync("/_mock/sandboxes/nobody"),
            await api.AdminAsync(HttpMethod.Put, "/balance", new { balance = 10 }),
            await api.AdminAsync(HttpMethod.Put, "/balance", new { }),
            await api.AdminAsync(HttpMethod.Put, "/expert", new { status = "verified" }),
            await api.AdminAsync(HttpMethod.Patch, "/licenses/123", new { blocked = true }),
            await api.AdminAsync(HttpMethod.Patch, "/licenses/9", new { blocked = true }),
            await api.AdminAsync(HttpMethod.Get, "/journal"),
            await api.AdminAsync(HttpMethod.Post, "/faults", new { path = "/v2/partners/coupons", status = 429, retry_after = 2 }),
            await api.AdminAsync(HttpMethod.Get, "/faults"),
            await api.AdminAsync(HttpMethod.Delete, "/faults"),
            await api.AdminAsync(HttpMethod.Delete, "/journal"),
            await api.AdminAsync(HttpMethod.Post, "/reset"),
            await api.AdminAsync(HttpMethod.Delete, string.Empty),
        };
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.NotFound);
        foreach (var response in responses)
        {
            await CheckAsync(response);
        }
    }

    [Fact]
    public async Task A_refused_admin_key_matches_the_admin_document()
    {
        const string key = "contract-admin-key-0123456789";
        using var keyed = await MockServerFixture.StartAsync(options => options.AdminKey = key);
        using var http = keyed.Anonymous();
        var missing = await http.GetAsync("/_mock/sandboxes");
        await Expect.ErrorAsync(missing, HttpStatusCode.Unauthorized, "authentication", "X-Mock-Admin-Key");
        await CheckAsync(missing);

        using var wrong = new HttpRequestMessage(HttpMethod.Delete, "/_mock/sandboxes/xyz") { Headers = { { "X-Mock-Admin-Key", key[..^1] } } };
        var refused = await http.SendAsync(wrong);
        await Expect.ErrorAsync(refused, HttpStatusCode.Unauthorized, "authentication", "X-Mock-Admin-Key");
        await CheckAsync(refused);

        using var right = new HttpRequestMessage(HttpMethod.Get, "/_mock/sandboxes/xyz") { Headers = { { "X-Mock-Admin-Key", key } } };
        var sandbox = await http.SendAsync(right);
        await Expect.JsonAsync(sandbox, HttpStatusCode.OK);
        await CheckAsync(sandbox);
    }
}
