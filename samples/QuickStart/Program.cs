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

// The SDK README's examples, with the ids of the mock's default sandbox (partner xyz).
await Step("GET /resellers/licenses/123/invoices", async () =>
{
    var invoices = await client.Resellers.Licenses["123"].Invoices.GetAsync();
    var first = invoices?.Result?.FirstOrDefault();
    return $"{invoices?.Result?.Count} invoice(s), #{first?.InvoiceNo} issued {first?.IssueTime:u}";
});

await Step("GET /resellers/licenses/123/invoices/123 (PDF)", async () =>
{
    var path = Path.Combine(Path.GetTempPath(), $"invoice-123-{Environment.ProcessId}.pdf");
    try
    {
        await client.SaveLicenseInvoicePdfAsync("123", 123, path);
        return $"{new FileInfo(path).Length} bytes";
    }
    finally
    {
        File.Delete(path);
    }
});

await Step("GET /affiliates/withdrawals/invoices/2019/3/xyz", async () =>
{
    var invoice = await client.GetWithdrawalInvoiceAsync("2019/3/xyz");
    return $"{invoice?.Amount:0.00} USD";
});

await Step("GET /resellers/licenses/999 -> 404, caught as ErrorResponse", async () =>
{
    try
    {
        await client.Resellers.Licenses["999"].GetAsync();
        throw new InvalidOperationException("the API found license 999");
    }
    catch (ErrorResponse e) when (e.StatusCode == HttpStatusCode.NotFound)
    {
        return $"{e.ErrorType}: {e.ErrorMessage}";
    }
});

await Step("Licenses[\"\"] -> ArgumentException, no request", async () =>
{
    try
    {
        await client.Resellers.Licenses[""].GetAsync();
        throw new InvalidOperationException("an empty license id was sent");
    }
    catch (ArgumentException e)
    {
        return e.Message;
    }
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
