using LiveChat.Partners.Mock.Hosting;
using Microsoft.Extensions.Configuration;

namespace LiveChat.Partners.Mock.Tests.CommandLine;

/// <summary>The command line (System.CommandLine): every option becomes its configuration key; unknown options exit 2.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Each_option_sets_its_configuration_key()
    {
        var configuration = Configuration("--urls", "http://127.0.0.1:6000", "--token", "my-token", "--strict", "--spec", "/tmp/doc.yaml", "--admin-key", "0123456789abcdef");
        Assert.Equal("http://127.0.0.1:6000", configuration["urls"]);
        Assert.Equal("my-token", configuration["Mock:Token"]);
        Assert.Equal("true", configuration["Mock:Strict"]);
        Assert.Equal("/tmp/doc.yaml", configuration["Mock:Spec"]);
        Assert.Equal("0123456789abcdef", configuration["Mock:AdminKey"]);
    }

    [Fact]
    public void A_bare_strict_is_true_an_explicit_value_is_kept_and_no_strict_sets_nothing()
    {
        Assert.Equal("true", Configuration("--strict", "--urls", "http://127.0.0.1:6000")["Mock:Strict"]);
        Assert.Equal("false", Configuration("--strict", "false")["Mock:Strict"]);
        Assert.Equal("true", Configuration("--strict=true")["Mock:Strict"]);
        Assert.Null(Configuration("--token", "abc")["Mock:Strict"]);
    }

    [Fact]
    public void Configuration_keys_and_host_settings_pass_through()
    {
        var configuration = Configuration("--Mock:Limits:MaxSandboxes=50", "--environment=Development", "--token=abc");
        Assert.Equal("50", configuration["Mock:Limits:MaxSandboxes"]);
        Assert.Equal("Development", configuration["environment"]);
        Assert.Equal("abc", configuration["Mock:Token"]);
    }

    [Fact]
    public void The_settings_of_WebApplicationFactory_pass_through()
    {
        var configuration = Configuration("--Mock=", "--Mock:Token=t", "--environment=Development", "--contentRoot=/tmp", "--applicationName=LiveChat.Partners.Mock");
        Assert.Equal("t", configuration["Mock:Token"]);
        Assert.Equal("/tmp", configuration["contentRoot"]);
    }

    [Theory]
    [InlineData("--tokn", "abc")]
    [InlineData("--Mock=")]
    [InlineData("--tokn=abc")]
    [InlineData("--urls")]
    [InlineData("positional")]
    public void An_unknown_option_or_a_missing_value_exits_2_with_the_options(params string[] args)
    {
        var (outcome, output, error) = Parse(args);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Empty(output);
        Assert.Contains(args[0].Split('=')[0], error, StringComparison.Ordinal);
        foreach (var option in new[] { "--urls", "--token", "--strict", "--spec", "--admin-key", "--help", "--version" })
        {
            Assert.Contains(option, error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_lists_every_option_and_exits_0()
    {
        var (outcome, output, error) = Parse("--help");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Empty(error);
        foreach (var option in new[] { "--urls", "--token", "--strict", "--spec", "--admin-key", "--version", MockOptions.AdminKeyHeader })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Version_prints_the_package_version_and_exits_0()
    {
        var (outcome, output, _) = Parse("--version");
        Assert.Equal(0, outcome.ExitCode);
        var version = typeof(MockCommandLine).Assembly.GetName().Version!;
        Assert.StartsWith($"{version.Major}.{version.Minor}.{version.Build}", output.Trim(), StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params string[] args)
    {
        var (outcome, _, error) = Parse(args);
        Assert.True(outcome.ExitCode is null, error);
        return new ConfigurationBuilder().AddCommandLine([.. outcome.HostArguments]).Build();
    }

    private static (CommandLineOutcome Outcome, string Output, string Error) Parse(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var outcome = MockCommandLine.Parse(args, output, error);
        return (outcome, output.ToString(), error.ToString());
    }
}
