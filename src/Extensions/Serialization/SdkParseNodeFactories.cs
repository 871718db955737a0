using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Text;

namespace LiveChat.Partners.Serialization;

/// <summary>The response readers of the request adapter the SDK builds: JSON by <see cref="FastJsonParseNodeFactory"/>, text by Kiota.</summary>
internal static class SdkParseNodeFactories
{
    /// <summary>A registry for one client: <c>application/json</c> and <c>text/plain</c>, the document's two response types.</summary>
    internal static ParseNodeFactoryRegistry Create()
    {
        var registry = new ParseNodeFactoryRegistry();
        var json = new FastJsonParseNodeFactory();
        var text = new TextParseNodeFactory();
        registry.ContentTypeAssociatedFactories[json.ValidContentType] = json;
        registry.ContentTypeAssociatedFactories[text.ValidContentType] = text;
        return registry;
    }
}
