using System.Net;

namespace LiveChat.Partners.Reliability.Limits;

/// <summary>A mock (real socket, strict mode) with small caps: 4 sandboxes, 12 objects of each kind per sandbox.</summary>
public sealed class CapsServer : IAsyncLifetime
{
    public const int MaxSandboxes = 4;
    public const int MaxObjects = 12;

    public SocketMock Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await SocketMock.StartAsync(new Dictionary<string, string?>
    {
        ["Mock:Limits:MaxSandboxes"] = MaxSandboxes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mock:Limits:MaxObjectsPerKind"] = MaxObjects.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>At a cap the next create gets 429 <c>too_many_requests</c> with the error body, and nothing changes.</summary>
public sealed class CapsTests(CapsServer fixture) : IClassFixture<CapsServer>
{
    private const string Campaigns = "/v2/partners/affiliates/livechat/campaigns";
    private static readonly object Billing = new { type = "individual", company = "Joe Doe", address = "Street 1", city = "Warsaw", country = "PL", paypal = "joe@example.com", zip_code = "00-001" };
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    private SocketMock Server => fixture.Server;

    private static void AssertCapAnswer(HttpStatusCode status, JToken? body)
    {
        Assert.True(status == HttpStatusCode.TooManyRequests, $"{(int)status} {body}");
        Assert.Null(ErrorBodyShape.Problem(body!.ToString()));
        Assert.Equal("too_many_requests", (string?)body["error"]!["type"]);
    }

    /// <summary>Runs <paramref name="test"/> in a fresh sandbox (deleted afterwards, so the sandbox cap is not used up).</summary>
    private async Task InSandboxAsync(Func<HttpClient, HttpClient, string, Task> test)
    {
        await OneAtATime.WaitAsync();
        using var admin = Server.Client();
        string? id = null;
        try
        {
            var sandbox = await Server.CreateSandboxAsync();
            id = sandbox.PartnerId;
            using var http = Server.Client(sandbox.Token);
            await test(http, admin, id);
        }
        finally
        {
            if (id is not null)
            {
                await admin.DeleteAsync(new Uri($"/_mock/sandboxes/{id}", UriKind.Relative));
            }

            OneAtATime.Release();
        }
    }

    /// <summary>Creates until the first refusal (at most cap + 2 tries); returns the number created and the refusal.</summary>
    private static async Task<(int Created, HttpStatusCode Status, JToken? Body)> FillAsync(Func<int, Task<(HttpStatusCode Status, JToken? Body)>> create)
    {
        for (var i = 0; i < CapsServer.MaxObjects + 2; i++)
        {
            var (status, body) = await create(i);
            if (status != HttpStatusCode.Created)
            {
                return (i, status, body);
            }
        }

        Assert.Fail($"no refusal after {CapsServer.MaxObjects + 2} creations");
        return default;
    }

    [Fact]
    public async Task The_sandbox_cap_refuses_the_next_sandbox_with_429_until_one_is_deleted()
    {
        await OneAtATime.WaitAsync();
        using var admin = Server.Client();
        var created = new List<string>();
        try
        {
            var before = (await Json.SendAsync(admin, HttpMethod.Get, "/_mock/sandboxes")).Body!;
            var existing = before is JArray list ? list.Count : ((JArray)before["result"]!).Count;
            Assert.True(existing < CapsServer.MaxSandboxes);

            for (var i = existing; i < CapsServer.MaxSandboxes; i++)
            {
                var (status, body) = await Json.SendAsync(admin, HttpMethod.Post, "/_mock/sandboxes");
                Assert.True(status == HttpStatusCode.Created, body?.ToString());
                created.Add((string)body!["partner_id"]!);
            }

            for (var i = 0; i < 3; i++)
            {
                var (status, body) = await Json.SendAsync(admin, HttpMethod.Post, "/_mock/sandboxes", new { partner_id = $"over{i}", token = $"over-the-cap-{i}" });
                AssertCapAnswer(status, body);
            }

            var after = (await Json.SendAsync(admin, HttpMethod.Get, "/_mock/sandboxes")).Body!;
            Assert.Equal(CapsServer.MaxSandboxes, after is JArray a ? a.Count : ((JArray)after["result"]!).Count);
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri("/_mock/sandboxes/over0", UriKind.Relative))).StatusCode);
            using (var refused = Server.Client("over-the-cap-0"))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, (await refused.GetAsync(new Uri("/v2/partners/tokens", UriKind.Relative))).StatusCode);
            }

            // Deleting one makes room again.
            Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(new Uri($"/_mock/sandboxes/{created[^1]}", UriKind.Relative))).StatusCode);
            created.RemoveAt(created.Count - 1);
            var (again, credentials) = await Json.SendAsync(admin, HttpMethod.Post, "/_mock/sandboxes");
            Assert.Equal(HttpStatusCode.Created, again);
            created.Add((string)credentials!["partner_id"]!);
        }
        finally
        {
            foreach (var id in created)
            {
                await admin.DeleteAsync(new Uri($"/_mock/sandboxes/{id}", UriKind.Relative));
            }

            OneAtATime.Release();
        }
    }

    [Fact]
    public Task The_API_token_cap_refuses_the_next_token_and_changes_nothing() => InSandboxAsync(async (http, _, _) =>
    {
        var seeded = (await Json.ResultAsync(http, "/v2/partners/tokens")).Count;
        var (created, status, body) = await FillAsync(i => Json.SendAsync(http, HttpMethod.Post, "/v2/partners/tokens", new { label = $"cap token {i}" }));
        AssertCapAnswer(status, body);
        Assert.Equal(CapsServer.MaxObjects - seeded, created);

        var atCap = (await Json.ResultAsync(http, "/v2/partners/tokens")).ToString();
        AssertCapAnswer(await Json.SendAsync(http, HttpMethod.Post, "/v2/partners/tokens", new { label = "one more" }) is var (s, b) ? s : 0, b);
        Assert.Equal(atCap, (await Json.ResultAsync(http, "/v2/partners/tokens")).ToString());
        Assert.Equal(CapsServer.MaxObjects, (await Json.ResultAsync(http, "/v2/partners/tokens")).Count);

        // Revoking one makes room.
        var last = (await Json.ResultAsync(http, "/v2/partners/tokens"))[0];
        var revoked = await Json.SendAsync(http, HttpMethod.Delete, $"/v2/partners/tokens/{last["id"]}");
        Assert.True((int)revoked.Status < 300, revoked.Body?.ToString());
        Assert.Equal(HttpStatusCode.Created, (await Json.SendAsync(http, HttpMethod.Post, "/v2/partners/tokens", new { label = "room again" })).Status);
    });

    [Fact]
    public Task The_campaign_cap_refuses_the_next_campaign_and_changes_nothing() => InSandboxAsync(async (http, _, _) =>
    {
        var seeded = (await Json.ResultAsync(http, Campaigns + "/active")).Count + (await Json.ResultAsync(http, Campaigns + "/disabled")).Count;
        var (created, status, body) = await FillAsync(i => Json.SendAsync(http, HttpMethod.Post, Campaigns, new { name = $"Cap campaign {i}", trial_duration = 30 }));
        AssertCapAnswer(status, body);
        Assert.Equal(CapsServer.MaxObjects - seeded, created);

        var active = (await Json.ResultAsync(http, Campaigns + "/active")).ToString();
        var (s, b) = await Json.SendAsync(http, HttpMethod.Post, Campaigns, new { name = "One more campaign", trial_duration = 30 });
        AssertCapAnswer(s, b);
        Assert.Equal(active, (await Json.ResultAsync(http, Campaigns + "/active")).ToString());
        Assert.Equal(CapsServer.MaxObjects, (await Json.ResultAsync(http, Campaigns + "/active")).Count + (await Json.ResultAsync(http, Campaigns + "/disabled")).Count);
    });

    [Fact]
    public Task The_license_cap_refuses_the_next_license_and_changes_nothing() => InSandboxAsync(async (http, _, _) =>
    {
        const string list = "/v2/partners/resellers/licenses?date_from=2000-01-01&date_to=2100-01-01";
        var seeded = (await Json.ResultAsync(http, list)).Count;
        var (created, status, body) = await FillAsync(i => Json.SendAsync(http, HttpMethod.Post, "/v2/partners/solutions/licenses",
            new { client_name = $"Cap Client {i}", client_email = $"cap{i}@example.com", payment_origin = "partner" }));
        AssertCapAnswer(status, body);
        Assert.True(created <= CapsServer.MaxObjects - seeded, $"created {created} with {seeded} listed");

        var before = (await Json.ResultAsync(http, list)).ToString();
        var (s, b) = await Json.SendAsync(http, HttpMethod.Post, "/v2/partners/solutions/licenses", new { client_name = "One More", client_email = "onemore@example.com", payment_origin = "partner" });
        AssertCapAnswer(s, b);
        Assert.Equal(before, (await Json.ResultAsync(http, list)).ToString());
    });

    [Fact]
    public Task The_withdrawal_cap_refuses_the_next_withdrawal_and_leaves_the_balance() => InSandboxAsync(async (http, admin, id) =>
    {
        Assert.True((int)(await Json.SendAsync(http, HttpMethod.Put, "/v2/partners/affiliates/billing", Billing)).Status < 300);
        var (created, status, body) = await FillAsync(async i =>
        {
            var balance = await Json.SendAsync(admin, HttpMethod.Put, $"/_mock/sandboxes/{id}/balance", new { balance = 100 + i });
            Assert.Equal(HttpStatusCode.OK, balance.Status);
            return await Json.SendAsync(http, HttpMethod.Post, "/v2/partners/affiliates/withdrawals");
        });
        AssertCapAnswer(status, body);
        Assert.True(created is > 0 and <= CapsServer.MaxObjects, $"created {created}");

        // The refused request moved no money.
        var (_, earnings) = await Json.SendAsync(http, HttpMethod.Get, "/v2/partners/earnings");
        var (again, refusal) = await Json.SendAsync(http, HttpMethod.Post, "/v2/partners/affiliates/withdrawals");
        AssertCapAnswer(again, refusal);
        Assert.Equal(earnings!.ToString(), (await Json.SendAsync(http, HttpMethod.Get, "/v2/partners/earnings")).Body!.ToString());
    });
}
