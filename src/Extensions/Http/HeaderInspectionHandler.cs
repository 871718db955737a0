using Microsoft.Kiota.Http.HttpClientLibrary.Extensions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace LiveChat.Partners;

/// <summary>
/// Kiota's <see cref="HeadersInspectionHandlerOption"/> on a request, honoured as Kiota's <c>HeadersInspectionHandler</c>
/// does (the request's headers as sent, token and user agent included, and the answer's), at the same place in the
/// chain; a request without the option passes straight through, with no step of its own.
/// </summary>
internal sealed class HeaderInspectionHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.GetRequestOption<HeadersInspectionHandlerOption>() is { } option && (option.InspectRequestHeaders || option.InspectResponseHeaders)
            ? InspectAsync(request, option, cancellationToken)
            : base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> InspectAsync(HttpRequestMessage request, HeadersInspectionHandlerOption option, CancellationToken cancellationToken)
    {
        if (option.InspectRequestHeaders)
        {
            Copy(request.Headers, option.RequestHeaders);
            if (request.Content is not null) Copy(request.Content.Headers, option.RequestHeaders);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (option.InspectResponseHeaders)
        {
            Copy(response.Headers, option.ResponseHeaders);
            if (response.Content is not null) Copy(response.Content.Headers, option.ResponseHeaders);
        }

        return response;
    }

    private static void Copy(System.Net.Http.Headers.HttpHeaders headers, Microsoft.Kiota.Abstractions.RequestHeaders into)
    {
        foreach (var header in headers) into[header.Key] = header.Value.ToArray();
    }
}
