using WireMock.Net.OpenApiParser;
using WireMock.Net.OpenApiParser.Settings;
using WireMock.Net.OpenApiParser.Types;
using WireMock.Server;
using WireMock.Settings;

namespace LiveChat.Partners.Peers;

/// <summary>
/// WireMock.Net as a .NET user would set it up from our document: <see cref="WireMockOpenApiParser"/> turns every
/// operation's responses into mappings (static example values, wildcards for path, header and query values so any
/// request of the operation matches), and a WireMock.Net server on loopback serves them.
/// </summary>
/// <remarks>
/// The parser reads the 3.0.3 document without an error or a warning (62 mappings, answers from the document's
/// examples), but it gives each operation with a request body a <c>JsonMatcher</c> on that body equal to the request
/// example: <c>POST .../campaigns</c> then matches only <c>{"name": "New campaign", "trial_duration": 45, ...}</c> and
/// answers 404 "No matching mapping found" to any other campaign, and it has no setting for a wildcard body. So the
/// body matchers are dropped (the only change to the parser's mappings): every request of the operation matches.
/// </remarks>
internal static class WireMockPeer
{
    public static async Task<int> RunAsync(int port, string spec, string? mappingsOut, CancellationToken stop)
    {
        var settings = new WireMockOpenApiParserSettings
        {
            PathPatternToUse = ExampleValueType.Wildcard,
            HeaderPatternToUse = ExampleValueType.Wildcard,
            QueryParameterPatternToUse = ExampleValueType.Wildcard,
        };
        var mappings = new WireMockOpenApiParser().FromFile(spec, settings, out var diagnostic);
        foreach (var error in diagnostic.Errors)
        {
            Console.Error.WriteLine($"OpenApiParser error: {error}");
        }

        foreach (var warning in diagnostic.Warnings)
        {
            Console.Error.WriteLine($"OpenApiParser warning: {warning}");
        }

        Console.Error.WriteLine($"OpenApiParser: {mappings.Count} mappings from {spec} ({diagnostic.SpecificationVersion}), {diagnostic.Errors.Count} errors, {diagnostic.Warnings.Count} warnings");
        if (mappings.Count == 0)
        {
            return 1;
        }

        var bodyMatchers = 0;
        foreach (var mapping in mappings)
        {
            if (mapping.Request.Body is { Matcher: not null } or { Matchers: not null })
            {
                mapping.Request.Body = null;
                bodyMatchers++;
            }
        }

        Console.Error.WriteLine($"OpenApiParser: dropped {bodyMatchers} request-body matchers (each matched only its operation's request example)");
        if (mappingsOut is not null)
        {
            await File.WriteAllTextAsync(mappingsOut, Newtonsoft.Json.JsonConvert.SerializeObject(mappings, Newtonsoft.Json.Formatting.Indented), stop);
        }

        // Defaults otherwise, as a user starts it; the request log is capped so a long run measures serving, not a growing log.
        using var server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [$"http://127.0.0.1:{port}"],
            StartAdminInterface = true, // on loopback: the harness adds the same-bytes mappings (load.mjs)
            MaxRequestLogCount = 1000,
        });
        server.WithMapping([.. mappings]);
        Console.Error.WriteLine($"WireMock.Net listening on http://127.0.0.1:{port}");
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
        }

        server.Stop();
        return 0;
    }
}
