using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace LiveChat.Partners.Mock.Hosting;

/// <summary>
/// The command line, parsed by System.CommandLine: <c>--urls</c>, <c>--token</c>, <c>--strict</c>, <c>--spec</c>,
/// <c>--admin-key</c>, <c>--help</c>, <c>--version</c>, and any configuration key written <c>--Section:Key=value</c>
/// (<c>--Mock:Limits:MaxSandboxes=50</c>). Each option becomes a configuration key (<c>--token</c> is
/// <c>Mock:Token</c>), so environment variables (<c>Mock__Token=...</c>) and appsettings work the same way.
/// An unknown option is refused with <see cref="UsageExitCode"/> and the list of options.
/// </summary>
public static class MockCommandLine
{
    /// <summary>The exit code of a command line the mock does not understand (as <c>EX_USAGE</c>-style tools use 2).</summary>
    public const int UsageExitCode = 2;

    /// <summary>Settings of the host itself that may come as <c>--key=value</c> (how WebApplicationFactory passes them).</summary>
    private static readonly HashSet<string> HostKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "environment", "contentRoot", "applicationName", "http_ports", "https_ports",
    };

    private static readonly Option<string> Urls = new("--urls")
    {
        Description = "Addresses to listen on, ';'-separated (ASPNETCORE_URLS). Default http://127.0.0.1:5080. Any address that is not loopback needs --admin-key.",
        HelpName = "url;url",
    };

    private static readonly Option<string> Token = new("--token")
    {
        Description = "The default sandbox's API token (Mock__Token). Default: random, printed once the mock listens.",
    };

    private static readonly Option<bool> Strict = new("--strict")
    {
        Description = "Check every response against the document; a mismatch becomes a 500 that says why (Mock__Strict=true).",
    };

    private static readonly Option<string> Spec = new("--spec")
    {
        Description = "Another OpenAPI document to serve (Mock__Spec). Default: the copy next to the app.",
        HelpName = "path",
    };

    private static readonly Option<string> AdminKey = new("--admin-key")
    {
        Description = $"The key the admin API (/_mock/) asks for in the {MockOptions.AdminKeyHeader} header (Mock__AdminKey; at least {MockOptions.MinAdminKeyLength} characters). Required when listening on an address that is not loopback.",
        HelpName = "key",
    };

    private static readonly Option<string> Fixtures = new("--fixtures")
    {
        Description = "A folder of sandbox states (Mock__Fixtures): each NAME.json (a SandboxState, as GET /_mock/sandboxes/{id}/state exports) becomes sandbox NAME at start-up.",
        HelpName = "dir",
    };

    /// <summary>The options and the configuration key each one sets.</summary>
    private static readonly (Option Option, string Key)[] Settings =
    [
        (Urls, "urls"),
        (Token, "Mock:Token"),
        (Strict, "Mock:Strict"),
        (Spec, "Mock:Spec"),
        (AdminKey, "Mock:AdminKey"),
        (Fixtures, "Mock:Fixtures"),
    ];

    /// <summary>
    /// Reads <paramref name="args"/>. <c>--help</c> and <c>--version</c> print to <paramref name="output"/> and exit 0;
    /// an unknown option or a bad value prints the reason and the options to <paramref name="error"/> and exits
    /// <see cref="UsageExitCode"/>; anything else runs the mock with <see cref="CommandLineOutcome.HostArguments"/>.
    /// </summary>
    public static CommandLineOutcome Parse(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var configurationKeys = args.Where(a => IsConfigurationKey(a, args)).ToList();
        var command = CreateCommand();
        var result = command.Parse([.. args.Except(configurationKeys)]);
        var invocation = new InvocationConfiguration { Output = output, Error = error };
        if (result.Errors.Count > 0)
        {
            foreach (var parseError in result.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine();
            command.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = error, Error = error });
            return new CommandLineOutcome(UsageExitCode, []);
        }

        if (result.Action is not null)
        {
            // --help or --version: System.CommandLine's own actions.
            return new CommandLineOutcome(result.Invoke(invocation), []);
        }

        var hostArguments = new List<string>();
        foreach (var (option, key) in Settings)
        {
            var value = option == Strict
                ? result.GetResult(option) is null or { Implicit: true } ? null : result.GetValue(Strict) ? "true" : "false"
                : result.GetValue((Option<string>)option);
            if (value is not null)
            {
                hostArguments.Add($"--{key}={value}");
            }
        }

        hostArguments.AddRange(configurationKeys);
        return new CommandLineOutcome(null, hostArguments);
    }

    /// <summary>The root command: the options above, System.CommandLine's <c>--help</c> and <c>--version</c>.</summary>
    private static RootCommand CreateCommand()
    {
        var command = new RootCommand(
            "livechat-partners-mock: an offline, stateful mock of the LiveChat Partner Program API v2.\n" +
            "Any configuration key can also be given as --Section:Key=value (e.g. --Mock:Limits:MaxSandboxes=50) or as an\n" +
            "environment variable (Mock__Limits__MaxSandboxes=50); see the README for the list.");
        foreach (var (option, _) in Settings)
        {
            command.Options.Add(option);
        }

        // System.CommandLine prints the entry assembly's version: the mock's own, also when it is hosted by another process.
        command.Options.OfType<VersionOption>().Single().Action = new PrintVersion();
        return command;
    }

    /// <summary>The package version (<c>0.1.0</c>, then the commit it was built from).</summary>
    public static string Version =>
        typeof(MockCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(MockCommandLine).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>
    /// Whether <paramref name="argument"/> is a configuration key given as <c>--Section:Key=value</c>, a host setting as
    /// <c>--key=value</c>, or the empty <c>--Section=</c> of keys given with it (as WebApplicationFactory passes its settings).
    /// </summary>
    private static bool IsConfigurationKey(string argument, IReadOnlyList<string> args)
    {
        if (!argument.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }

        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        if (equals < 3)
        {
            return false;
        }

        var key = argument[2..equals];
        var isSectionOfOthers = equals == argument.Length - 1 && args.Any(a => a.StartsWith($"--{key}:", StringComparison.OrdinalIgnoreCase));
        return key.Contains(':', StringComparison.Ordinal) || HostKeys.Contains(key) || isSectionOfOthers;
    }
}

/// <summary><c>--version</c>: writes <see cref="MockCommandLine.Version"/>.</summary>
internal sealed class PrintVersion : SynchronousCommandLineAction
{
    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(MockCommandLine.Version);
        return 0;
    }
}

/// <summary>What the command line asks for: exit with <see cref="ExitCode"/> (help, version, a refused option), or run the host with <see cref="HostArguments"/>.</summary>
/// <param name="ExitCode">The process exit code when the mock must not start; null to start it.</param>
/// <param name="HostArguments">The configuration, as <c>--key=value</c> arguments for <c>WebApplication.CreateBuilder</c>.</param>
public sealed record CommandLineOutcome(int? ExitCode, IReadOnlyList<string> HostArguments);
