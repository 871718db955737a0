namespace LiveChat.Partners.OpenApi.Tests;

/// <summary>Where the document under test and the API reference it is written from are found.</summary>
internal static class SpecFiles
{
    /// <summary>The OpenAPI document, copied next to the test assembly by the build.</summary>
    public static string Document => Path.Combine(AppContext.BaseDirectory, "openapi", "livechat-partners.yaml");

    /// <summary>The public API reference (Markdown) the document describes.</summary>
    /// <summary>The repository's root (the folder of <c>LiveChatPartners.sln</c>), for the generated docs kept in sync.</summary>
    public static string Root
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "LiveChatPartners.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("LiveChatPartners.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Reference => Path.Combine(AppContext.BaseDirectory, "openapi", "reference", "livechat-partner-api-v2.md");
}
