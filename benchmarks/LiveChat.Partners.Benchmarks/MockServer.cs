using System.Net.Http.Json;
using System.Text.Json;

namespace LiveChat.Partners.Benchmarks;

/// <summary>
/// The mock server the benchmarks call (its origin from <c>LCP_BENCH_MOCK_URL</c>) and the admin calls that prepare it:
/// a fresh sandbox per benchmark process, and its state seeded through the Partner API itself.
/// </summary>
public static class MockServer
{
    /// <summary>The environment variable that holds the mock server's origin, for example <c>http://127.0.0.1:5181</c>.</summary>
    public const string UrlVariable = "LCP_BENCH_MOCK_URL";

    /// <summary>The mock server's origin.</summary>
    public static Uri Origin { get; } = ReadOrigin();

    /// <summary>Creates a sandbox and returns its partner id and API token.</summary>
    public static async Task<(string PartnerId, string Token)> CreateSandboxAsync(HttpClient admin)
    {
        using var response = await admin.PostAsync(new Uri(Origin, "/_mock/sandboxes"), content: null);
        await EnsureAsync(response, "create a sandbox");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (body.RootElement.GetProperty("partner_id").GetString()!, body.RootElement.GetProperty("token").GetString()!);
    }

    /// <summary>Deletes a sandbox (its tokens stop working).</summary>
    public static async Task DeleteSandboxAsync(HttpClient admin, string partnerId)
    {
        using var response = await admin.DeleteAsync(new Uri(Origin, $"/_mock/sandboxes/{partnerId}"));
        await EnsureAsync(response, "delete a sandbox");
    }

    /// <summary>Creates <paramref name="count"/> Solution Partner licenses with <c>POST /v2/partners/solutions/licenses</c>.</summary>
    public static async Task SeedLicensesAsync(HttpClient admin, string token, int count)
    {
        var uri = new Uri(Origin, "/v2/partners/solutions/licenses");
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, cancellationToken) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri)
            {
                Content = JsonContent.Create(new
                {
                    client_name = $"Benchmark client {i:D5}",
                    client_email = $"client{i:D5}@example.com",
                    payment_origin = i % 2 == 0 ? "client" : "partner",
                    purchase_order = $"PO-{i:D5}",
                }),
            };
            request.Headers.Authorization = new("Bearer", token);
            using var response = await admin.SendAsync(request, cancellationToken);
            await EnsureAsync(response, "seed a license");
        });
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"The mock server at {Origin} could not {what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static Uri ReadOrigin()
    {
        var value = Environment.GetEnvironmentVariable(UrlVariable);
        if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(value, UriKind.Absolute, out var origin))
        {
            throw new InvalidOperationException(
                $"Set {UrlVariable} to a running mock server's origin (benchmarks/run.sh starts one), for example http://127.0.0.1:5181.");
        }

        return origin;
    }
}
