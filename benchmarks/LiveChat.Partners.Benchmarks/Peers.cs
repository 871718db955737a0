using System.Net.Http.Headers;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;
using Microsoft.Kiota.Serialization.Text;
using NSwagClient = LiveChat.Partners.NSwag.LiveChatPartnersClient;

namespace LiveChat.Partners.Benchmarks;

/// <summary>The other clients of the same document measured beside the SDK.</summary>
internal static class Peers
{
    /// <summary>
    /// The SDK (same handlers, same options) reading responses with Kiota's stock <see cref="JsonParseNodeFactory"/>
    /// instead of its own JSON parse node: the "before" of issue 13.
    /// </summary>
    public static LiveChatPartnersClient SdkOnKiotaParseNode(LiveChatPartnersClientOptions options)
    {
        var registry = new ParseNodeFactoryRegistry();
        registry.ContentTypeAssociatedFactories["application/json"] = new JsonParseNodeFactory();
        registry.ContentTypeAssociatedFactories["text/plain"] = new TextParseNodeFactory();
        return new LiveChatPartnersClient(options, registry);
    }

    /// <summary>The NSwag (Newtonsoft.Json) client generated with tests/NSwagClient.Tests/NSwagClient.props, with its own HttpClient.</summary>
    public static (NSwagClient Client, HttpClient Http) NSwag(Uri origin, string token, HttpMessageHandler? handler = null)
    {
        var http = handler is null ? new HttpClient() : new HttpClient(handler);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (new NSwagClient(http) { BaseUrl = new Uri(origin, "/v2/partners/").ToString() }, http);
    }
}
