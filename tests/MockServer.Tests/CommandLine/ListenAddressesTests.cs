using LiveChat.Partners.Mock.Hosting;
using Microsoft.Extensions.Configuration;

namespace LiveChat.Partners.Mock.Tests.CommandLine;

/// <summary>Which configured addresses are loopback, and the start-up rule: not loopback needs an admin key.</summary>
public sealed class ListenAddressesTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://127.0.0.2:0")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("https://LOCALHOST:5443/")]
    public void Loopback_addresses(string url) => Assert.True(ListenAddresses.IsLoopback(url));

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://192.168.1.20:5080")]
    [InlineData("http://mock.example.test:5080")]
    [InlineData("http://127.0.0.1.example.test:5080")]
    public void Addresses_other_machines_can_reach(string url) => Assert.False(ListenAddresses.IsLoopback(url));

    [Fact]
    public void Every_source_of_addresses_is_read()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:5080;http://0.0.0.0:5081",
            ["http_ports"] = "8080",
            ["Kestrel:Endpoints:Lan:Url"] = "http://10.0.0.5:9000",
            ["Kestrel:Endpoints:Local:Url"] = "http://localhost:9001",
        }).Build();
        Assert.Equal(["http://0.0.0.0:5081", "http://*:8080", "http://10.0.0.5:9000"], ListenAddresses.NotLoopback(configuration));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", null, null)]
    [InlineData("http://0.0.0.0:5080", null, "the mock listens on http://0.0.0.0:5080, which is not loopback: give it an admin key with --admin-key or Mock__AdminKey")]
    [InlineData("http://0.0.0.0:5080", "0123456789abcdef", null)]
    [InlineData("http://127.0.0.1:5080", "short", "the admin key (--admin-key, Mock__AdminKey) must be at least 16 characters")]
    public void The_admin_key_rule(string urls, string? key, string? failure)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = urls }).Build();
        var result = new AdminKeyRequirement(configuration).Validate(null, new MockOptions { AdminKey = key });
        if (failure is null)
        {
            Assert.True(result.Succeeded, result.FailureMessage);
        }
        else
        {
            Assert.True(result.Failed);
            Assert.StartsWith(failure, result.FailureMessage, StringComparison.Ordinal);
        }
    }
}
