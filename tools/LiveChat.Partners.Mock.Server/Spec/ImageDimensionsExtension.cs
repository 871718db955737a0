using LiveChat.Partners.Mock.Domain.Experts;
using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.Mock.Spec;

/// <summary>Reads an operation's <c>x-image-dimensions</c> (<c>min-width</c>, <c>min-height</c>, <c>max-width</c>, <c>max-height</c>).</summary>
public static class ImageDimensionsExtension
{
    /// <summary>The extension's name.</summary>
    public const string Name = "x-image-dimensions";

    /// <summary>The Expert logo limits of <c>uploadExpertLogo</c>; throws at start-up when the document does not state them.</summary>
    public static LogoDimensions ExpertLogo(PartnerApiDocument document) => Of(document, "uploadExpertLogo");

    /// <summary>The limits of <paramref name="operationId"/>.</summary>
    public static LogoDimensions Of(PartnerApiDocument document, string operationId)
    {
        var operation = document.ByOperationId[operationId].Operation;
        if (operation.ExtensionData?.TryGetValue(Name, out var value) != true || value is null)
        {
            throw new InvalidOperationException($"{operationId} in {document.FilePath} has no {Name}");
        }

        var limits = JToken.FromObject(value);
        int Pixels(string key) => limits[key]?.Value<int>() ?? throw new InvalidOperationException($"{operationId} {Name} has no {key}");
        return new LogoDimensions(Pixels("min-width"), Pixels("min-height"), Pixels("max-width"), Pixels("max-height"));
    }
}
