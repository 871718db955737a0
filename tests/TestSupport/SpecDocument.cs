using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PartnerApiDocument = LiveChat.Partners.Mock.Spec.PartnerApiDocument;

namespace LiveChat.Partners.TestSupport;

/// <summary>
/// The OpenAPI document under test, <c>openapi/livechat-partners.yaml</c> (each test project copies it next to its
/// assembly): the one place the test projects read it from. Microsoft.OpenApi reads the YAML (so its scalars get
/// their JSON types) and writes it as JSON once, references kept as <c>$ref</c>; each caller gets its own copy.
/// </summary>
public static class SpecDocument
{
    private static readonly Lazy<Task<string>> Json = new(SerializeAsync);
    private static readonly Lazy<PartnerApiDocument> MockView = new(
        () => PartnerApiDocument.LoadAsync(Path, CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>The copy of the document next to the test assembly.</summary>
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "openapi", "livechat-partners.yaml");

    /// <summary>Microsoft.OpenApi's reading of the document, with its diagnostics.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    public static async Task<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(Path);
        return await ReadAsync(stream, cancellationToken);
    }

    /// <summary>Microsoft.OpenApi's reading of a YAML text read as the document is (a changed copy of it, say).</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    public static async Task<ReadResult> ReadYamlAsync(string yaml, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(yaml));
        return await ReadAsync(stream, cancellationToken);
    }

    /// <summary>The document as JSON text (OpenAPI 3.0), for a test that walks it with another JSON model.</summary>
    /// <param name="cancellationToken">Stops waiting for the first reading.</param>
    public static Task<string> JsonTextAsync(CancellationToken cancellationToken = default) => Json.Value.WaitAsync(cancellationToken);

    /// <summary>The document as a JSON tree of its own: the caller may change it.</summary>
    /// <param name="cancellationToken">Stops waiting for the first reading.</param>
    public static async Task<JObject> JsonAsync(CancellationToken cancellationToken = default) =>
        (JObject)ParseJson(await JsonTextAsync(cancellationToken));

    /// <summary>
    /// The document as the mock reads it (its <see cref="PartnerApiDocument"/>: operations, routes,
    /// NSwag's schemas), read once and without starting a mock: for theory data. Do not change it.
    /// </summary>
    public static PartnerApiDocument ReadByTheMock() => MockView.Value;

    /// <summary>Parses JSON keeping strings as written (no date guessing) and numbers exact (decimals).</summary>
    /// <param name="json">JSON text.</param>
    public static JToken ParseJson(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
        };
        return JToken.ReadFrom(reader);
    }

    private static Task<ReadResult> ReadAsync(Stream yaml, CancellationToken cancellationToken)
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        return OpenApiDocument.LoadAsync(yaml, "yaml", settings, cancellationToken);
    }

    private static async Task<string> SerializeAsync()
    {
        var result = await ReadAsync();
        if (result.Document is null)
        {
            throw new InvalidOperationException("The OpenAPI document did not load: " + string.Join("; ", result.Diagnostic?.Errors.Select(e => e.Message) ?? []));
        }

        using var buffer = new MemoryStream();
        await result.Document.SerializeAsJsonAsync(buffer, OpenApiSpecVersion.OpenApi3_0);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
