using System.Collections.Concurrent;
using System.Globalization;
using LiveChat.Partners.TestSupport;
using Xunit.Abstractions;

namespace LiveChat.Partners.Reliability.Fuzzing;

/// <summary>
/// Every hostile body (<see cref="RequestFuzzer.HostileBodies"/>: bytes that are not UTF-8 — overlong forms, raw
/// surrogates, stray and truncated sequences — surrogate escapes, byte order marks, charsets) sent to every operation
/// with a JSON body, all of them, not a sample: no answer is a 5xx; every refusal is a documented or transport 4xx
/// with the error body; a body that is not UTF-8 is a 400 naming <c>body</c>; a charset other than UTF-8 is a 415.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class HostileBytesTests(ReliabilityServer server, ITestOutputHelper output)
{
    public static TheoryData<string> JsonBodyOperations()
    {
        var data = new TheoryData<string>();
        foreach (var operation in SpecDocument.ReadByTheMock().Operations.OrderBy(o => o.OperationId, StringComparer.Ordinal))
        {
            if (new RequestFuzzer(operation, ReliabilityServer.MaxBodyBytes).HostileBodies().Any())
            {
                data.Add(operation.OperationId);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(JsonBodyOperations))]
    public async Task No_body_bytes_get_a_5xx(string operationId)
    {
        var operation = server.Document.ByOperationId[operationId];
        var (_, http) = await server.NewSandboxAsync();
        using var _ = http;
        var documented = operation.Operation.ActualResponses.Keys.Select(k => int.Parse(k, CultureInfo.InvariantCulture)).ToHashSet();
        var statuses = new ConcurrentDictionary<int, int>();
        var failures = new List<string>();
        var cases = 0;
        foreach (var request in new RequestFuzzer(operation, ReliabilityServer.MaxBodyBytes).HostileBodies())
        {
            cases++;
            using var message = SpecFuzzTests.Build(request, http.DefaultRequestHeaders.Authorization!);
            Assert.NotNull(message);
            using var response = await http.SendAsync(message);
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            statuses.AddOrUpdate(status, 1, (_, c) => c + 1);
            var problem = status >= 500 ? "a 5xx"
                : status >= 400 && !documented.Contains(status) && !SpecFuzzTests.TransportStatuses.Contains(status) ? "an undocumented status"
                : status >= 400 && ErrorBodyShape.Problem(text) is { } shape ? shape
                : request.Rule.StartsWith("bytes:", StringComparison.Ordinal) && (status != 400 || !text.Contains("\"name\":\"body\"", StringComparison.Ordinal) || !text.Contains("is not UTF-8", StringComparison.Ordinal)) ? "not a 400 naming the body as not UTF-8"
                : IsForeignCharset(request.Rule) && status != 415 ? "not a 415"
                : null;
            if (problem is not null)
            {
                failures.Add($"{problem}: {status} for {request}: {ErrorBodyShape.Shorten(text)}");
            }
        }

        output.WriteLine($"{operationId}: {cases} hostile bodies; statuses {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} hostile bodies answered wrongly:\n{string.Join("\n", failures)}");
    }

    /// <summary>A <c>charset</c> rule naming something other than UTF-8 (JSON is UTF-8: RFC 8259 §8.1).</summary>
    private static bool IsForeignCharset(string rule)
    {
        if (!rule.StartsWith("charset: ", StringComparison.Ordinal))
        {
            return false;
        }

        var charset = rule["charset: ".Length..].Trim('"');
        return !(charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
    }
}
