using LiveChat.Partners.Mock.Hosting;
using Microsoft.Extensions.Configuration;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>The command line: a bare <c>--strict</c>, <c>--token</c>, and ASP.NET's own switches untouched.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void A_bare_strict_switch_means_true()
    {
        Assert.Equal(["--strict=true", "--urls", "http://127.0.0.1:6000"], MockCommandLine.Normalize(["--strict", "--urls", "http://127.0.0.1:6000"]));
        Assert.Equal(["--token", "abc", "--strict=true"], MockCommandLine.Normalize(["--token", "abc", "--strict"]));
    }

    [Fact]
    public void An_explicit_strict_value_is_kept() =>
        Assert.Equal(["--strict", "false"], MockCommandLine.Normalize(["--strict", "false"]));

    [Fact]
    public void Switches_map_onto_the_mock_section()
    {
        var configuration = new ConfigurationBuilder()
            .AddCommandLine(MockCommandLine.Normalize(["--strict", "--token", "my-token"]), MockCommandLine.SwitchMappings)
            .Build();
        Assert.Equal("true", configuration["Mock:Strict"]);
        Assert.Equal("my-token", configuration["Mock:Token"]);
    }
}
