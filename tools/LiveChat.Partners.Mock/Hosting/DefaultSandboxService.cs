using LiveChat.Partners.Mock.Sandboxes;
using Microsoft.Extensions.Options;

namespace LiveChat.Partners.Mock.Hosting;

/// <summary>Creates the default sandbox at start-up and prints its token, so the first call has something to use.</summary>
public sealed class DefaultSandboxService(SandboxRegistry registry, IOptions<MockOptions> options, ILogger<DefaultSandboxService> logger) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.CreateDefaultSandbox && registry.Find(settings.DefaultPartnerId) is null)
        {
            var sandbox = registry.Create(settings.DefaultPartnerId, string.IsNullOrWhiteSpace(settings.Token) ? null : settings.Token);
            logger.LogWarning(
                "Default sandbox '{PartnerId}' is ready: Authorization: Bearer {Token} (login {Login}, password {Password}){Strict}",
                sandbox.Id,
                sandbox.Credentials.Token,
                sandbox.Credentials.Login,
                sandbox.Credentials.Password,
                settings.Strict ? "; strict response checking is on" : string.Empty);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
