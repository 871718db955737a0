using LiveChat.Partners.Mock.Hosting;

var commandLine = MockCommandLine.Parse(args, Console.Out, Console.Error);
if (commandLine.ExitCode is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder([.. commandLine.HostArguments]);
builder.AddMockServer();
return await MockHost.RunAsync(builder, Console.Error);

/// <summary>The mock server's entry point (public so tests can host it with WebApplicationFactory).</summary>
public partial class Program;
