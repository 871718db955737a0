// A short journey through the LiveChat Partners SDK, consumed as a NuGet package, against the mock server.
// Usage: dotnet run -- <mock-url> [token]   (token defaults to $LIVECHAT_PARTNERS_TOKEN)
using System.Net;
using LiveChat.Partners;
using LiveChat.Partners.Models;

if (args.Length < 1 || !Uri.TryCreate(args[0], UriKind.Absolute, out var baseUrl))
{
    Console.Error.WriteLine("usage: QuickStart <mock-url> [token]   (for example http://127.0.0.1:5080 sample-token)");
    return 2;
}

var token = args.Length > 1 ? args[1] : Environment.GetEnvironmentVariable("LIVECHAT_PARTNERS_TOKEN");
if (string.IsNullOrWhiteSpace(token))
{
    Console.Error.WriteLine("A token is required: pass it as the second argument or set LIVECHAT_PARTNERS_TOKEN.");
    return 2;
}

using var client = new LiveChatPartnersClient(token, baseUrl);
var failures = 0;

async Task Step(string name, Func<Task<string>> step)
{
    try
    {
        Console.WriteLine($"ok   {name}: {await step()}");
    }
    catch (Exception e)
    {
        failures++;
        Console.WriteLine($"FAIL {name}: {e.GetType().Name}: {e.Message}");
    }
}

await Step("GET /status", async () => (await client.Status.GetAsync())?.Status?.ToString() ?? "(no body)");

await Step("GET / (profile)", async () =>
{
    var profile = await client.GetAsync();
    return $"{profile?.PartnerId} <{profile?.Login}>";
});

await Step("GET /tokens", async () =>
{
    var list = await client.Tokens.GetAsync();
    var first = list?.Result?.FirstOrDefault();
    return $"{list?.Result?.Count} token(s), first created {first?.CreationTime:u}";
});

await Step("POST /affiliates/livechat/campaigns with a 3-character name -> 400", async () =>
{
    try
    {
        await client.Affiliates.Livechat.Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = "abc", TrialDuration = 30 });
        throw new InvalidOperationException("the API accepted a 3-character campaign name");
    }
    catch (ErrorResponse e) when (e.StatusCode == HttpStatusCode.BadRequest)
    {
        return $"{e.ErrorType}: " + string.Join("; ", e.Fields.Select(f => $"{f.Name} {f.Reason}"));
    }
});

await Step("POST /affiliates/livechat/campaigns", async () =>
{
    var name = $"Sample campaign {DateTime.UtcNow:HHmmssfff}";
    var campaign = await client.Affiliates.Livechat.Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = name, TrialDuration = 30 });
    return $"{campaign?.Slug} created {campaign?.CreationTime:u}";
});

await Step("GET /earnings", async () => $"balance {(await client.Earnings.GetAsync())?.Balance:0.00} USD");

await Step("GET /affiliates/livechat/licenses?date_from=2018-01-01", async () =>
{
    var licenses = await client.Affiliates.Livechat.Licenses.GetAsync(q => q.QueryParameters.DateFrom = new DateOnly(2018, 1, 1).ToLiveChatDate());
    return $"{licenses?.Result?.Count} license(s)";
});

await Step("GET /js/v1/token (Recurly host, no Partner token)", async () =>
{
    var recurly = await client.Js.V1.Token.GetAsync(q =>
    {
        q.QueryParameters.Key = "ewr1-QCXZap10wOSm13fxI4u5Jt";
        q.QueryParameters.FirstName = "Joe";
        q.QueryParameters.LastName = "Doe";
        q.QueryParameters.Number = "4111111111111111";
        q.QueryParameters.Month = "12";
        q.QueryParameters.Year = (DateTime.UtcNow.Year + 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        q.QueryParameters.VerificationValue = "123";
        q.QueryParameters.Address2 = "Wall Street 123";
        q.QueryParameters.City = "New York";
        q.QueryParameters.State = "NY";
        q.QueryParameters.Zip = "10005";
        q.QueryParameters.Country = "US";
    });
    return $"token {recurly?.Id}";
});

Console.WriteLine(failures == 0 ? "Journey complete." : $"{failures} step(s) failed.");
return failures == 0 ? 0 : 1;
