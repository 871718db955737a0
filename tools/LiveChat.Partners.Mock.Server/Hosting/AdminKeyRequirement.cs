using Microsoft.Extensions.Options;

namespace LiveChat.Partners.Mock.Hosting;

/// <summary>
/// The start-up rule of the admin API: on loopback it may stay open; on any other address anyone on the network
/// could read every sandbox's credentials, so the mock does not start without an admin key.
/// </summary>
public sealed class AdminKeyRequirement(IConfiguration configuration) : IValidateOptions<MockOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MockOptions options)
    {
        if (!string.IsNullOrEmpty(options.AdminKey))
        {
            return options.AdminKey.Length >= MockOptions.MinAdminKeyLength
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"the admin key (--admin-key, Mock__AdminKey) must be at least {MockOptions.MinAdminKeyLength} characters");
        }

        var exposed = ListenAddresses.NotLoopback(configuration);
        return exposed.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"the mock listens on {string.Join(", ", exposed)}, which is not loopback: give it an admin key with --admin-key or Mock__AdminKey (at least {MockOptions.MinAdminKeyLength} characters) to protect /_mock/");
    }
}
