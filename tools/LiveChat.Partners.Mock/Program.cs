using LiveChat.Partners.Mock.Hosting;

var arguments = MockCommandLine.Normalize(args);
var builder = WebApplication.CreateBuilder(arguments);
builder.Configuration.AddCommandLine(arguments, MockCommandLine.SwitchMappings);
builder.AddMockServer();

var app = builder.Build();
app.UseMockServer();
await app.RunAsync();

/// <summary>The mock server's entry point (public so tests can host it with WebApplicationFactory).</summary>
public partial class Program;
