namespace LiveChat.Partners.Mock.Hosting;

/// <summary>
/// The command line: <c>--urls</c> (ASP.NET's own), <c>--token &lt;token&gt;</c> and <c>--strict</c>
/// (a bare switch), mapped onto the <c>Mock</c> configuration section so environment variables
/// (<c>Mock__Strict=true</c>, <c>Mock__Token=...</c>) and appsettings work the same way.
/// </summary>
public static class MockCommandLine
{
    /// <summary>Short switches and the configuration keys they set.</summary>
    public static readonly IDictionary<string, string> SwitchMappings = new Dictionary<string, string>
    {
        ["--strict"] = "Mock:Strict",
        ["--token"] = "Mock:Token",
        ["--spec"] = "Mock:Spec",
    };

    /// <summary>Turns a bare <c>--strict</c> into <c>--strict=true</c> so the configuration reader accepts it.</summary>
    public static string[] Normalize(string[] args)
    {
        var normalized = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var isBareStrict = args[i] == "--strict" && (i + 1 == args.Length || args[i + 1].StartsWith('-') || !bool.TryParse(args[i + 1], out _));
            normalized.Add(isBareStrict ? "--strict=true" : args[i]);
        }

        return [.. normalized];
    }
}
