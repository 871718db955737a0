using System.Net;
using Microsoft.Kiota.Abstractions.Serialization;

namespace LiveChat.Partners;

/// <summary>
/// Reads a 2xx answer's body as Kiota's <c>HttpClientRequestAdapter</c> does (no body for a 204, an empty body or one
/// without a media type; otherwise the parse node of its media type), but straight from the connection: the answer
/// is not first copied into a buffer of its own.
/// </summary>
internal sealed class ResponseBodies(IParseNodeFactory parseNodeFactory)
{
    /// <summary>The factory of parse nodes, by media type (a <see cref="ParseNodeFactoryRegistry"/> in the SDK).</summary>
    public IParseNodeFactory ParseNodeFactory { get; set; } = parseNodeFactory;

    /// <summary>True when the answer has no body to read (Kiota's rule: a 204, or no content at all).</summary>
    public static bool HasNoBody(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.NoContent
        || response.Content is null
        || response.Content.Headers.ContentLength == 0;

    /// <summary>The root parse node of the body, or <see langword="null"/> when there is none to read.</summary>
    public async Task<IParseNode?> ReadRootAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (HasNoBody(response)) return null;
        var mediaType = response.Content!.Headers.ContentType?.MediaType;
        if (string.IsNullOrEmpty(mediaType)) return null;
        mediaType = mediaType!.ToLowerInvariant();

#if NET5_0_OR_GREATER
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        using (stream)
        {
            if (stream == Stream.Null || (stream.CanSeek && stream.Length == 0)) return null;
            if (response.Content.Headers.ContentLength is null && !stream.CanSeek)
            {
                // A body of unknown length (chunked) may still be empty, which Kiota reads as no body.
                var first = new byte[1];
#if NET5_0_OR_GREATER
                var read = await stream.ReadAsync(first.AsMemory(), cancellationToken).ConfigureAwait(false);
#else
                var read = await stream.ReadAsync(first, 0, 1, cancellationToken).ConfigureAwait(false);
#endif
                if (read == 0) return null;
                using var whole = new PrefixedStream(first, 1, stream);
                return await FactoryFor(mediaType).GetRootParseNodeAsync(mediaType, whole, cancellationToken).ConfigureAwait(false);
            }

            return await FactoryFor(mediaType).GetRootParseNodeAsync(mediaType, stream, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The registry's factory for exactly this media type, skipping its per-call clean-up of vendor types; the registry itself otherwise.</summary>
    private IParseNodeFactory FactoryFor(string mediaType) =>
        ParseNodeFactory is ParseNodeFactoryRegistry registry && registry.ContentTypeAssociatedFactories.TryGetValue(mediaType, out var factory)
            ? factory
            : ParseNodeFactory;
}
