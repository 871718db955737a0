using System.Text.RegularExpressions;
using LiveChat.Partners.Mock.Admin;
using LiveChat.Partners.Mock.Errors;
using LiveChat.Partners.Mock.Sandboxes;
using LiveChat.Partners.Mock.Sandboxes.State;
using LiveChat.Partners.Mock.Validation;
using Microsoft.Extensions.Options;

namespace LiveChat.Partners.Mock.Hosting;

/// <summary>
/// <c>--fixtures DIR</c>: at start-up, each <c>NAME.json</c> of the folder (in name order) is a <c>SandboxState</c>,
/// validated as the body of <c>PUT /_mock/sandboxes/NAME/state</c>, that becomes sandbox <c>NAME</c> (the file name
/// is the partner id; the state's first token authenticates for it). A file named after an existing sandbox (the
/// default <c>xyz</c>) replaces its state. A bad file stops the start-up with one line naming the file and the field.
/// </summary>
public sealed partial class FixtureService(SandboxRegistry registry, IOptions<MockOptions> options, AdminApiDocument admin, RequestValidator validator, ILogger<FixtureService> logger) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Fixtures is not { Length: > 0 } folder)
        {
            return Task.CompletedTask;
        }

        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException($"--fixtures: there is no folder '{folder}'");
        }

        var import = admin.Document.Operations.Single(o => o.OperationId == "importSandboxState");
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var partnerId = Path.GetFileNameWithoutExtension(file);
            if (!PartnerIdPattern().IsMatch(partnerId))
            {
                throw new InvalidOperationException($"--fixtures: {file}: the file name is the partner id: 2 to 32 lowercase letters and digits");
            }

            var result = validator.Validate(import, new Dictionary<string, string> { ["partnerId"] = partnerId }, QueryCollection.Empty, "application/json", new RequestBody(File.ReadAllBytes(file)));
            if (!result.IsValid || result.JsonBody is null)
            {
                throw new InvalidOperationException($"--fixtures: {file}: {result.Message}");
            }

            var state = AdminJson.Bind<SandboxState>(result.JsonBody)!;
            try
            {
                if (registry.Find(partnerId) is { } existing)
                {
                    registry.Import(existing, state);
                }
                else
                {
                    registry.CreateFrom(partnerId, state);
                }
            }
            catch (ApiErrorException e)
            {
                throw new InvalidOperationException($"--fixtures: {file}: {e.Message}", e);
            }

            logger.LogInformation("Sandbox '{PartnerId}' loaded from {File}", partnerId, file);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [GeneratedRegex("^[a-z0-9]{2,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex PartnerIdPattern();
}
