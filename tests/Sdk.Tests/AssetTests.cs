using System.Reflection;
using System.Runtime.Versioning;

namespace LiveChat.Partners.Tests;

/// <summary>Which of the package's assets these tests run against (tests/Sdk.Tests/SdkTests.props).</summary>
public class AssetTests
{
#if SDK_ASSET_NETSTANDARD2_0
    private const string Expected = ".NETStandard,Version=v2.0";
#else
    private const string Expected = ".NETCoreApp,Version=v8.0";
#endif

    [Fact]
    public void The_sdk_assembly_loaded_is_the_asset_this_project_targets()
    {
        var sdk = typeof(LiveChatPartnersClient).Assembly;

        Assert.Equal(Expected, sdk.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName);
    }
}
