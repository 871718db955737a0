using System.Diagnostics;

namespace LiveChat.Partners.Benchmarks;

/// <summary>
/// Raw, the SDK and the NSwag client calling the same operation in rounds, each round in a rotating order, against one
/// sandbox: what drifts during a run (the server's heap and journal, the machine's other work) falls on all three alike,
/// where BenchmarkDotNet measures one client after the other. Prints each client's median and its ratio to raw.
/// <c>dotnet LiveChat.Partners.Benchmarks.dll --interleaved profile|list [rounds]</c> (the mock at <c>LCP_BENCH_MOCK_URL</c>).
/// </summary>
internal static class InterleavedComparison
{
    /// <summary>Runs the comparison of <paramref name="operation"/> (<c>profile</c> or <c>list</c>) over <paramref name="rounds"/> rounds.</summary>
    public static async Task RunAsync(string operation, int rounds)
    {
        using var admin = new HttpClient();
        var (partnerId, token) = await MockServer.CreateSandboxAsync(admin);
        try
        {
            if (operation == "list") await MockServer.SeedLicensesAsync(admin, token, ListLicenses.Seeded);
            using var raw = new RawPartnerApi(MockServer.Origin, token);
            using var sdk = new LiveChatPartnersClient(token, MockServer.Origin);
            var (nswag, nswagHttp) = Peers.NSwag(MockServer.Origin, token);
            using var _ = nswagHttp;
            (string Name, Func<Task> Call)[] clients = operation switch
            {
                "profile" => [("raw", () => raw.GetProfileAsync()), ("SDK", () => sdk.GetAsync()), ("NSwag", () => nswag.GetProfileAsync())],
                "list" => [("raw", () => raw.GetLicensesAsync()), ("SDK", () => sdk.Resellers.Licenses.GetAsync()), ("NSwag", () => nswag.GetLicenseListAsync())],
                _ => throw new ArgumentException($"unknown operation '{operation}' (profile or list)", nameof(operation)),
            };

            foreach (var (_, call) in clients) for (var i = 0; i < 50; i++) await call(); // warm-up, not recorded
            var times = clients.Select(_ => new List<double>(rounds)).ToArray();
            for (var round = 0; round < rounds; round++)
            {
                for (var k = 0; k < clients.Length; k++)
                {
                    var which = (round + k) % clients.Length;
                    var started = Stopwatch.GetTimestamp();
                    await clients[which].Call();
                    times[which].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }

            var medians = times.Select(t => t.Order().ElementAt(t.Count / 2)).ToArray();
            Console.WriteLine($"{operation}: {rounds} rounds, each client once a round in a rotating order (medians)");
            for (var k = 0; k < clients.Length; k++) Console.WriteLine($"  {clients[k].Name,-6} {medians[k],8:F3} ms  {medians[k] / medians[0]:F2}x raw");
        }
        finally
        {
            await MockServer.DeleteSandboxAsync(admin, partnerId);
        }
    }
}
