using LiveChat.Partners.Mock.Spec;

namespace LiveChat.Partners.Mock.Admin;

/// <summary>The admin API's OpenAPI document (<c>openapi/mock-admin.yaml</c>), loaded once: what admin requests are validated against.</summary>
/// <param name="Document">The parsed document.</param>
public sealed record AdminApiDocument(PartnerApiDocument Document)
{
    /// <summary>Where the build copies the document, beside the mock.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "openapi", "mock-admin.yaml");

    /// <summary>Loads the document from <see cref="DefaultPath"/>.</summary>
    public static AdminApiDocument Load() => new(PartnerApiDocument.LoadAsync(DefaultPath, CancellationToken.None).GetAwaiter().GetResult());
}
