using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;

namespace LiveChat.Partners.Serialization;

/// <summary>
/// The SDK's <see cref="IParseNodeFactory"/> for <c>application/json</c>: a drop-in for Kiota's
/// <c>JsonParseNodeFactory</c> (same checks, same exceptions, same models) that reads into
/// <see cref="FastJsonParseNode"/>s and does not copy the parsed document.
/// </summary>
/// <remarks>Thread-safe; the per-type tables it builds live as long as it does (one per client).</remarks>
internal sealed class FastJsonParseNodeFactory : IParseNodeFactory
{
    private readonly ModelFieldTables _tables = new();

    /// <inheritdoc />
    public string ValidContentType => "application/json";

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">No content type, or no content.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A content type other than <c>application/json</c>.</exception>
    /// <exception cref="JsonException">The content is not JSON.</exception>
    public async Task<IParseNode> GetRootParseNodeAsync(string contentType, Stream content, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(contentType)) throw new ArgumentNullException(nameof(contentType));
#pragma warning disable CA2208 // Kiota's factory throws exactly this (the message as the parameter name)
        if (!ValidContentType.Equals(contentType, StringComparison.OrdinalIgnoreCase)) throw new ArgumentOutOfRangeException($"expected a {ValidContentType} content type");
#pragma warning restore CA2208
        if (content is null) throw new ArgumentNullException(nameof(content));

        // The document's buffers are rented from the shared array pool; the root node returns them after the read.
        var document = await JsonDocument.ParseAsync(content, default, cancellationToken).ConfigureAwait(false);
        return new FastJsonRootParseNode(document, _tables);
    }
}
