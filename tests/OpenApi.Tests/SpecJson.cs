using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.OpenApi.Tests;

/// <summary>
/// The document as a JSON tree (read by Microsoft.OpenApi, so YAML scalars get their JSON types),
/// for the structural checks. Each call returns a fresh copy, so a test may mutate it.
/// </summary>
internal static class SpecJson
{
    private static readonly Lazy<Task<string>> Json = new(LoadAsync);

    public static async Task<JObject> LoadAsync(CancellationToken cancellationToken = default)
    {
        var json = await Json.Value.WaitAsync(cancellationToken);
        return JObject.Parse(json);
    }

    private static async Task<string> LoadAsync()
    {
        var result = await ReadWithMicrosoftOpenApiAsync(CancellationToken.None);
        using var buffer = new MemoryStream();
        await result.Document!.SerializeAsJsonAsync(buffer, OpenApiSpecVersion.OpenApi3_0);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static async Task<ReadResult> ReadWithMicrosoftOpenApiAsync(CancellationToken cancellationToken)
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        await using var stream = File.OpenRead(SpecFiles.Document);
        return await OpenApiDocument.LoadAsync(stream, "yaml", settings, cancellationToken);
    }
}
