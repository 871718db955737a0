using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace LiveChat.Partners.Mock.Hosting;

/// <summary>
/// Runs the built mock until it is shut down. A start-up failure the user can fix (a setting refused, a port in
/// use) is one line on <c>stderr</c> and exit code <see cref="StartFailedExitCode"/>, not a stack trace.
/// </summary>
public static partial class MockHost
{
    /// <summary>The exit code when the mock could not start.</summary>
    public const int StartFailedExitCode = 1;

    /// <summary>The category whose "Hosting failed to start" line would repeat, with a stack trace, the failure reported here.</summary>
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    /// <summary>Builds the mock from <paramref name="builder"/> (after <c>AddMockServer</c>), starts it, waits for <c>Ctrl+C</c> / SIGTERM, and returns the exit code.</summary>
    public static async Task<int> RunAsync(WebApplicationBuilder builder, TextWriter error, CancellationToken cancellationToken = default)
    {
        // A failure to start is thrown to us: reported below in one line, or (unexpected) thrown on with its stack trace.
        builder.Logging.AddFilter(HostCategory, LogLevel.None);
        WebApplication app;
        try
        {
            app = builder.Build();
        }
        catch (OptionsValidationException e)
        {
            return await FailAsync(null, error, e);
        }

        app.UseMockServer();
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (OptionsValidationException e)
        {
            return await FailAsync(app, error, e);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            var port = BoundAddress().Match(e.Message) is { Success: true } match && Uri.TryCreate(match.Groups["url"].Value, UriKind.Absolute, out var url)
                ? $"port {url.Port}"
                : "the port";
            return await FailAsync(app, error, $"{port} is already in use: choose another with --urls");
        }

        await app.WaitForShutdownAsync(cancellationToken);
        await app.DisposeAsync();
        return 0;
    }

    private static Task<int> FailAsync(WebApplication? app, TextWriter error, OptionsValidationException invalid) =>
        FailAsync(app, error, string.Join("; ", invalid.Failures));

    private static async Task<int> FailAsync(WebApplication? app, TextWriter error, string reason)
    {
        await error.WriteLineAsync($"livechat-partners-mock: {reason}");
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        return StartFailedExitCode;
    }

    /// <summary>Kestrel's message: <c>Failed to bind to address http://127.0.0.1:5080: address already in use.</c></summary>
    [GeneratedRegex(@"address (?<url>\S+?):? address already in use", RegexOptions.IgnoreCase)]
    private static partial Regex BoundAddress();
}
