namespace LiveChat.Partners.Mock.Admin;

/// <summary>Marks the admin API's endpoints, so its guard holds whatever path routing matched them on.</summary>
public sealed class AdminEndpointMetadata
{
    /// <summary>The one instance.</summary>
    public static readonly AdminEndpointMetadata Instance = new();
}
