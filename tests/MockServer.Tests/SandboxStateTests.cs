using System.Net;
using System.Net.Http.Headers;
using LiveChat.Partners.Mock.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using LiveChat.Partners.Testing;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>
/// A sandbox's whole state as a fixture (<c>GET</c>/<c>PUT /_mock/sandboxes/{partner_id}/state</c>, <c>--fixtures</c>):
/// export, import, export is identical; a bad state gets field errors and changes nothing; the example fixture of
/// 50 licenses loads and follows the clock.
/// </summary>
[Collection(MockServerCollection.Name)]
public sealed class SandboxStateTests(MockServerFixture server)
{
    /// <summary>The example fixture checked in for partners.</summary>
    public static readonly string Acme50 = Path.Combine(RepositoryRoot(), "samples", "fixtures", "acme50.json");

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LiveChatPartners.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("no repository root above " + AppContext.BaseDirectory);
    }

    private static async Task<JObject> ExportAsync(SandboxClient api) =>
        (JObject)await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Get, "/state"), HttpStatusCode.OK);

    private static JObject WithoutClock(JObject state)
    {
        var copy = (JObject)state.DeepClone();
        copy.Remove("clock");
        return copy;
    }

    private static async Task<(int Trials, int TrialsCc, int Paid)> ResellerAsync(HttpClient client)
    {
        var reseller = (await Expect.JsonAsync(await client.GetAsync("/v2/partners/stats"), HttpStatusCode.OK))["reseller"]!;
        return ((int)reseller["trials"]!, (int)reseller["trials_cc"]!, (int)reseller["paid"]!);
    }

    [Fact]
    public async Task Export_import_export_is_identical()
    {
        var api = await server.NewSandboxAsync();
        await Expect.JsonAsync(await api.PostAsync("/affiliates/livechat/campaigns", new { name = "Round trip", trial_duration = 20 }), HttpStatusCode.Created);
        var id = (string)(await Expect.JsonAsync(await api.PostAsync("/solutions/licenses", new { client_name = "Round Client", client_email = "round@client.com", payment_origin = "partner" }), HttpStatusCode.Created))["license"]!;
        await Expect.JsonAsync(await api.PostAsync($"/resellers/licenses/{id}/subscription", new { token = await api.RecurlyTokenAsync(), plan = "team", billing_cycle = "monthly", seats = 3 }), HttpStatusCode.Created);
        await Expect.JsonAsync(await api.PutAsync("/affiliates/billing", new { type = "individual", company = "Joe Doe", address = "Street 1", city = "Town", country = "US", paypal = "joe@example.com" }), HttpStatusCode.OK);
        await Expect.JsonAsync(await api.Http.PostAsync("/v2/partners/affiliates/withdrawals", null), HttpStatusCode.Created);
        await Expect.JsonAsync(await api.PostAsync("/tokens", new { label = "Second CI token" }), HttpStatusCode.Created);

        var first = await ExportAsync(api);
        Assert.Equal(3, first["licenses"]!.Count());
        Assert.True((bool)first["licenses"]!.Single(l => (string?)l["license"] == id)["live"]!);
        var credentials = await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Put, "/state", first.ToString()), HttpStatusCode.OK);
        Assert.Equal(api.Token, (string?)credentials["token"]);
        var second = await ExportAsync(api);
        Assert.Equal(WithoutClock(first).ToString(), WithoutClock(second).ToString());
        Assert.InRange((DateTime)second["clock"]! - (DateTime)first["clock"]!, TimeSpan.Zero, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_state_without_billing_info_round_trips_through_the_typed_admin_client()
    {
        var api = await server.NewSandboxAsync();
        var state = await api.Sandbox.Admin.State.GetAsync();
        Assert.NotNull(state);
        Assert.Null(state.Billing); // a new sandbox has none: billing is nullable StateBilling, not a type of its own

        var credentials = await api.Sandbox.Admin.State.PutAsync(state); // the kit throws unless the mock answers 2xx
        Assert.Equal(api.Token, credentials?.Token);
        Assert.Equal(JTokenType.Null, (await ExportAsync(api))["billing"]!.Type);
    }

    [Fact]
    public async Task An_imported_state_brings_its_credentials_and_clock_and_the_old_token_stops_working()
    {
        var api = await server.NewSandboxAsync();
        var state = JObject.Parse(await File.ReadAllTextAsync(Acme50));
        state["tokens"]![0]!["token"] = "imported-" + Guid.NewGuid().ToString("N");
        var credentials = await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Put, "/state", state.ToString()), HttpStatusCode.OK);
        Assert.Equal((string?)state["tokens"]![0]!["token"], (string?)credentials["token"]);
        Assert.Equal("joe@acme.example", (string?)credentials["login"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/stats")).StatusCode);

        var imported = server.Anonymous();
        imported.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)credentials["token"]!);
        Assert.Equal((25, 5, 20), await ResellerAsync(imported));
        Assert.StartsWith("2030-01-01 09:00", (string?)(await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Get, "/clock"), HttpStatusCode.OK))["now"]);
        var licenses = await Expect.JsonAsync(await imported.GetAsync("/v2/partners/resellers/licenses"), HttpStatusCode.OK);
        Assert.Equal(50 + 0, licenses["result"]!.Count(l => ((string)l["license"]!).StartsWith("200", StringComparison.Ordinal)));

        await Expect.JsonAsync(await api.AdminAsync(HttpMethod.Post, "/clock/advance", new { seconds = 2 * 24 * 3600 }), HttpStatusCode.OK);
        Assert.Equal((20, 5, 20), await ResellerAsync(imported)); // the five trials ending 2030-01-02 expired
        var next = await Expect.JsonAsync(await imported.PostAsync("/v2/partners/solutions/licenses", SandboxClient.Json(new { client_name = "New Client", client_email = "new@client.com", payment_origin = "client" })), HttpStatusCode.Created);
        Assert.Equal("20051", (string?)next["license"]); // ids go on after the fixture's
    }

    [Fact]
    public async Task A_bad_state_gets_field_errors_and_changes_nothing()
    {
        var api = await server.NewSandboxAsync();
        var before = await ExportAsync(api);
        async Task RefusedAsync(Action<JObject> change, HttpStatusCode status, string type, string field)
        {
            var state = (JObject)before.DeepClone();
            change(state);
            var error = await Expect.ErrorAsync(await api.AdminAsync(HttpMethod.Put, "/state", state.ToString()), status, type);
            Assert.Contains(error["error"]!["fields"]!, f => ((string)f["name"]!).Contains(field, StringComparison.Ordinal));
        }

        await RefusedAsync(s => s["licenses"]![0]!["plan"] = "gold", HttpStatusCode.BadRequest, "validation", "plan");
        await RefusedAsync(s => s.Remove("account"), HttpStatusCode.BadRequest, "validation", "account");
        await RefusedAsync(s => s["clock"] = "2030-02-30 10:00:00", HttpStatusCode.BadRequest, "validation", "clock");
        await RefusedAsync(s => s["licenses"]![1]!["client_email"] = s["licenses"]![0]!["client_email"], HttpStatusCode.BadRequest, "validation", "licenses[1].client_email");
        await RefusedAsync(s => s["tokens"] = new JArray(), HttpStatusCode.BadRequest, "validation", "tokens");
        var other = await server.NewSandboxAsync();
        await RefusedAsync(s => s["tokens"]![0]!["token"] = other.Token, HttpStatusCode.Conflict, "conflict", "tokens[0].token");

        Assert.Equal(WithoutClock(before).ToString(), WithoutClock(await ExportAsync(api)).ToString());
        await Expect.JsonAsync(await api.GetAsync("/stats"), HttpStatusCode.OK); // its token still works
    }

    [Fact]
    public async Task Fixtures_at_start_up_become_sandboxes_named_after_their_files()
    {
        var folder = Directory.CreateTempSubdirectory("mock-fixtures-");
        try
        {
            File.Copy(Acme50, Path.Combine(folder.FullName, "acme50.json"));
            await using var mock = await LiveChatPartnersMock.StartAsync(Fixtures(folder));
            using var client = mock.CreateHttpClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "acme50-fixture-token");
            Assert.Equal("acme50", (string?)(await Expect.JsonAsync(await client.GetAsync("/v2/partners"), HttpStatusCode.OK))["partner_id"]);
            Assert.Equal((25, 5, 20), await ResellerAsync(client));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static LiveChatPartnersMockOptions Fixtures(DirectoryInfo folder)
    {
        var options = new LiveChatPartnersMockOptions { InMemory = true };
        options.Settings["Mock:Fixtures"] = folder.FullName;
        return options;
    }

    [Fact]
    public async Task A_fixture_with_a_bad_field_stops_the_start_up_naming_the_file_and_the_field()
    {
        var folder = Directory.CreateTempSubdirectory("mock-fixtures-");
        try
        {
            var state = JObject.Parse(File.ReadAllText(Acme50));
            state["licenses"]![3]!["seats"] = -1;
            File.WriteAllText(Path.Combine(folder.FullName, "broken.json"), state.ToString());
            var e = await Assert.ThrowsAnyAsync<Exception>(async () => await (await LiveChatPartnersMock.StartAsync(Fixtures(folder))).DisposeAsync());
            var message = e is AggregateException a ? a.Flatten().InnerExceptions[0].Message : e.Message;
            Assert.Contains("broken.json", message);
            Assert.Contains("seats", message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
