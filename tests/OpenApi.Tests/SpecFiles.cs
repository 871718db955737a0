namespace LiveChat.Partners.OpenApi.Tests;

/// <summary>Where the API reference the document is written from and the repository are found (the document: <see cref="SpecDocument"/>).</summary>
internal static class SpecFiles
{
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

    /// <summary>The public API reference (Markdown) the document describes, copied next to the test assembly by the build.</summary>
    public static string Reference => Path.Combine(AppContext.BaseDirectory, "openapi", "reference", "livechat-partner-api-v2.md");
}
