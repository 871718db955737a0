using System.Net;
using Microsoft.Kiota.Abstractions;

namespace LiveChat.Partners;

/// <summary>
/// A Kiota <see cref="RequestInformation"/> as the <see cref="HttpRequestMessage"/> the SDK's handlers send: the same
/// message Kiota's <c>HttpClientRequestAdapter</c> builds (method, URL, HTTP/2 where the server offers it, the request
/// options for the handlers, headers, body), without its per-request strings.
/// </summary>
internal static class RequestMessages
{
#if NET5_0_OR_GREATER
    private static readonly HttpMethod Patch = HttpMethod.Patch;
#else
    private static readonly HttpMethod Patch = new("PATCH");
#endif
    private static readonly HttpMethod Connect = new("CONNECT");
#if NET5_0_OR_GREATER
    private static readonly Version Http2 = HttpVersion.Version20;
#else
    private static readonly Version Http2 = new(2, 0);
#endif

    /// <summary>The message for <paramref name="requestInfo"/>, sent to <paramref name="uri"/>.</summary>
    public static HttpRequestMessage Create(RequestInformation requestInfo, Uri uri)
    {
        var message = new HttpRequestMessage(MethodOf(requestInfo.HttpMethod), uri) { Version = Http2 };

        // Kiota's handlers (redirects, header inspection) read their per-request options from the message.
        if (requestInfo.RequestOptions is not ICollection<IRequestOption> { Count: 0 })
        {
            foreach (var option in requestInfo.RequestOptions)
            {
#if NET5_0_OR_GREATER
                message.Options.Set(new HttpRequestOptionsKey<IRequestOption>(option.GetType().FullName!), option);
#else
                message.Properties[option.GetType().FullName!] = option;
#endif
            }
        }

        if (requestInfo.Content is { } content && content != Stream.Null)
            message.Content = ContentOf(content);

        var headers = requestInfo.Headers;
        foreach (var name in headers.Keys)
        {
            var values = headers[name];
            if (values is HashSet<string> { Count: 1 } single)
            {
                // One value, the usual case (Accept, Content-Type): added as a string, not enumerated.
                foreach (var value in single) Add(message, name, value);
            }
            else
            {
                Add(message, name, values);
            }
        }

        return message;
    }

    /// <summary>Content-Type and the other content headers belong to the body; every other header to the request.</summary>
    private static void Add(HttpRequestMessage message, string name, string value)
    {
        if (!message.Headers.TryAddWithoutValidation(name, value)) message.Content?.Headers.TryAddWithoutValidation(name, value);
    }

    private static void Add(HttpRequestMessage message, string name, IEnumerable<string> values)
    {
        if (!message.Headers.TryAddWithoutValidation(name, values)) message.Content?.Headers.TryAddWithoutValidation(name, values);
    }

    /// <summary>A body Kiota serialized (a <see cref="MemoryStream"/> whose buffer it exposes) is sent from its buffer, any other stream as a stream.</summary>
    private static HttpContent ContentOf(Stream content) =>
        content is MemoryStream memory && memory.TryGetBuffer(out var buffer)
            ? new ByteArrayContent(buffer.Array!, buffer.Offset + (int)memory.Position, (int)(memory.Length - memory.Position))
            : new StreamContent(content);

    private static HttpMethod MethodOf(Method method) => method switch
    {
        Method.GET => HttpMethod.Get,
        Method.POST => HttpMethod.Post,
        Method.PUT => HttpMethod.Put,
        Method.PATCH => Patch,
        Method.DELETE => HttpMethod.Delete,
        Method.HEAD => HttpMethod.Head,
        Method.OPTIONS => HttpMethod.Options,
        Method.TRACE => HttpMethod.Trace,
        Method.CONNECT => Connect,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Not an HTTP method Kiota names."),
    };
}
