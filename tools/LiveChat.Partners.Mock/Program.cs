using LiveChat.Partners.Mock.Hosting;

var commandLine = MockCommandLine.Parse(args, Console.Out, Console.Error);
if (commandLine.ExitCode is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder([.. commandLine.HostArguments]);
builder.AddMockServer();
return await MockHost.RunAsync(builder, Console.Error);
