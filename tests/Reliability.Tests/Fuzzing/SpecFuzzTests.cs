using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using CsCheck;
using LiveChat.Partners.TestSupport;
using Xunit.Abstractions;

namespace LiveChat.Partners.Reliability.Fuzzing;

/// <summary>
/// Every operation of the spec, fuzzed (CsCheck, <see cref="CasesPerOperation"/> generated requests each, seed printed
/// on failure; <c>CsCheck_Seed=...</c> replays one): every answer is below 500; every refusal is a documented 4xx (or a
/// transport one: 404, 405, 413, 415) with the spec's error body; and a refused request changes nothing in the
/// sandbox (a snapshot of every GET before and after).
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class SpecFuzzTests(ReliabilityServer server, ITestOutputHelper output)
{
    /// <summary>Generated requests per operation (<c>RELIABILITY_FUZZ_CASES</c> overrides).</summary>
    public static readonly int CasesPerOperation = int.TryParse(Environment.GetEnvironmentVariable("RELIABILITY_FUZZ_CASES"), out var n) ? n : 40;

    internal static readonly int[] TransportStatuses = [404, 405, 413, 415];

    public static TheoryData<string> Operations()
    {
        var data = new TheoryData<string>();
        foreach (var operation in SpecDocument.ReadByTheMock().Operations.OrderBy(o => o.OperationId, StringComparer.Ordinal))
        {
            data.Add(operation.OperationId);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Bad_input_gets_a_documented_4xx_with_the_error_body_and_changes_nothing(string operationId)
    {
        var operation = server.Document.ByOperationId[operationId];
        var (_, http) = await server.NewSandboxAsync();
        using var _ = http;
        var token = http.DefaultRequestHeaders.Authorization!;
        var readers = StateSnapshot.Readers(server.Document);
        var baseline = await StateSnapshot.TakeAsync(http, readers);
        var documented = operation.Operation.ActualResponses.Keys.Select(k => int.Parse(k, CultureInfo.InvariantCulture)).ToHashSet();
        var statuses = new ConcurrentDictionary<int, int>();
        var rules = new ConcurrentDictionary<string, byte>();
        var cases = 0;

        await new RequestFuzzer(operation, ReliabilityServer.MaxBodyBytes).Generator().SampleAsync(
            async request =>
            {
                Interlocked.Increment(ref cases);
                rules.TryAdd(request.Rule.Split(" = ")[0].Split(':')[0], 0);
                using var message = Build(request, token);
                if (message is null)
                {
                    statuses.AddOrUpdate(0, 1, (_, c) => c + 1);
                    return;
                }

                HttpResponseMessage response;
                try
                {
                    response = await http.SendAsync(message);
                }
                catch (InvalidOperationException e) when (e.Message.Contains("null characters", StringComparison.Ordinal))
                {
                    // The in-memory transport will not carry a NUL in a path (Kestrel answers 400 to it: see the socket tests).
                    statuses.AddOrUpdate(0, 1, (_, c) => c + 1);
                    return;
                }

                using var _r = response;
                var status = (int)response.StatusCode;
                var text = await response.Content.ReadAsStringAsync();
                statuses.AddOrUpdate(status, 1, (_, c) => c + 1);

                Assert.True(status < 500, $"{status} for {request}: {ErrorBodyShape.Shorten(text)}");
                if (status >= 400)
                {
                    // A refused Prefer header is the mock's own documented 400 (mock-admin.yaml), not the operation's.
                    var mockControl = status == 400 && request.Rule.StartsWith("Prefer", StringComparison.Ordinal);
                    Assert.True(documented.Contains(status) || TransportStatuses.Contains(status) || mockControl, $"undocumented {status} for {request}: {ErrorBodyShape.Shorten(text)}");
                    Assert.True(ErrorBodyShape.Problem(text) is null, $"{status} without the error body for {request}: {ErrorBodyShape.Problem(text)}");
                }

                if (request.Method == "GET")
                {
                    return;
                }

                var after = await StateSnapshot.TakeAsync(http, readers);
                if (status >= 400)
                {
                    Assert.True(after == baseline, $"refused with {status} but the sandbox changed: {request}\n{StateSnapshot.Difference(baseline, after)}");
                }

                baseline = after; // an accepted request may change the state: it is the new reference
            },
            iter: CasesPerOperation,
            threads: 1,
            print: request => request.ToString());

        var summary = $"{cases} cases, {rules.Count} kinds of broken constraint; statuses {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(s.Key == 0 ? "unsendable" : s.Key)}×{s.Value}"))}";
        output.WriteLine($"{operationId}: {summary}");
    }

    /// <summary>The request as HttpClient can send it, or null when .NET itself refuses to build it (a header it will not send).</summary>
    internal static HttpRequestMessage? Build(FuzzRequest request, AuthenticationHeaderValue token)
    {
        HttpRequestMessage? message = null;
        try
        {
            message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(request.PathAndQuery, UriKind.Relative));
            var anonymous = request.Headers.Any(h => h.Key == "X-Fuzz-Anonymous");
            if (!anonymous)
            {
                message.Headers.Authorization = token;
            }

            foreach (var header in request.Headers.Where(h => h.Key != "X-Fuzz-Anonymous"))
            {
                if (!message.Headers.TryAddWithoutValidation(header.Key, header.Value))
                {
                    message.Dispose();
                    return null;
                }
            }

            if (request.Body is not null)
            {
                message.Content = new ByteArrayContent(request.Body);
                if (request.ContentType is not null && !message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType))
                {
                    message.Dispose();
                    return null;
                }
            }

            return message;
        }
        catch (Exception e) when (e is UriFormatException or FormatException or InvalidOperationException)
        {
            message?.Dispose();
            return null;
        }
    }
}
