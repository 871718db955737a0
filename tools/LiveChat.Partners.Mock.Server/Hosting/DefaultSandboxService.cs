using LiveChat.Partners.Mock.Sandboxes;
using Microsoft.Extensions.Options;

namespace LiveChat.Partners.Mock.Hosting;

/// <summary>
/// Creates the default sandbox at start-up and prints its credentials on the console once the server listens
/// (not before: a mock that fails to bind prints no credentials), so the first call has something to use. They are
/// written to the console, not to the log: log lines never carry a token or a password.
/// </summary>
public sealed class DefaultSandboxService(SandboxRegistry registry, IOptions<MockOptions> options, IHostApplicationLifetime lifetime, ILogger<DefaultSandboxService> logger, TextWriter? console = null) : IHostedService
{
    private readonly TextWriter _console = console ?? Console.Out;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.CreateDefaultSandbox && registry.Find(settings.DefaultPartnerId) is null)
        {
            var sandbox = registry.Create(settings.DefaultPartnerId, string.IsNullOrWhiteSpace(settings.Token) ? null : settings.Token);
            lifetime.ApplicationStarted.Register(() => Announce(sandbox, settings.Strict));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Announce(Sandbox sandbox, bool strict)
    {
        logger.LogInformation("Default sandbox '{PartnerId}' is ready{Strict}", sandbox.Id, strict ? "; strict response checking is on" : string.Empty);
        _console.WriteLine();
        _console.WriteLine($"  Default sandbox '{sandbox.Id}' (mock credentials, not real ones):");
        _console.WriteLine($"    Authorization: Bearer {sandbox.Credentials.Token}");
        _console.WriteLine($"    login {sandbox.Credentials.Login}, password {sandbox.Credentials.Password}");
        _console.WriteLine();
    }
}
