using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.ContractTests.Infrastructure;

/// <summary>The OpenAPI document, read with Microsoft.OpenApi and re-serialized as JSON (references kept as <c>$ref</c>).</summary>
public static class Spec
{
    private static readonly Lazy<Task<JObject>> Document = new(LoadAsync);

    /// <summary>The copy of <c>openapi/livechat-partners.yaml</c> next to the tests.</summary>
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "openapi", "livechat-partners.yaml");

    /// <summary>The document as JSON.</summary>
    public static Task<JObject> JsonAsync() => Document.Value;

    /// <summary>Every operation: (operationId, METHOD, path).</summary>
    public static async Task<IReadOnlyList<(string OperationId, string Method, string Path)>> OperationsAsync()
    {
        var document = await JsonAsync();
        return ((JObject)document["paths"]!).Properties()
            .SelectMany(path => ((JObject)path.Value).Properties()
                .Where(p => p.Name is "get" or "put" or "post" or "delete" or "patch" or "head" or "options")
                .Select(op => ((string)op.Value["operationId"]!, op.Name.ToUpperInvariant(), path.Name)))
            .ToList();
    }

    /// <summary>Follows a local <c>$ref</c> (<c>#/components/...</c>) if <paramref name="token"/> is one.</summary>
    public static JToken Resolve(JObject document, JToken token)
    {
        while (token is JObject o && o["$ref"] is JValue { Value: string reference } && reference.StartsWith("#/", StringComparison.Ordinal))
        {
            token = document.SelectToken("$." + string.Join(".", reference[2..].Split('/').Select(s => $"['{s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)}']")))
                ?? throw new InvalidOperationException($"unresolved {reference}");
        }

        return token;
    }

    /// <summary>Parses JSON keeping strings as written (no date guessing) and numbers exact.</summary>
    public static JToken ParseJson(string json)
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(json))
        {
            DateParseHandling = Newtonsoft.Json.DateParseHandling.None,
            FloatParseHandling = Newtonsoft.Json.FloatParseHandling.Decimal,
        };
        return JToken.ReadFrom(reader);
    }

    private static async Task<JObject> LoadAsync()
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        await using var stream = File.OpenRead(Path);
        var result = await OpenApiDocument.LoadAsync(stream, "yaml", settings);
        Assert.True(result.Document is not null, "the OpenAPI document did not load: " + string.Join("; ", result.Diagnostic?.Errors.Select(e => e.Message) ?? []));
        using var buffer = new MemoryStream();
        await result.Document!.SerializeAsJsonAsync(buffer, OpenApiSpecVersion.OpenApi3_0);
        return (JObject)ParseJson(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
