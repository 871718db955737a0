using System.Net.Http.Headers;

namespace LiveChat.Partners.ContractTests.Infrastructure;

/// <summary>
/// The transport under the SDK: the in-memory server's handler, plus one thing for the Recurly token call.
/// </summary>
/// <remarks>
/// The SDK rightly never sends the Partner API token to Recurly (<c>GET /js/v1/token</c>), and the mock journals a
/// request only in the sandbox its bearer token names, so that call would land in no journal and the coverage gate
/// could not see it. This shim first records that the SDK sent the call without <c>Authorization</c> (the SDK's
/// promise, checked in the Recurly tests through <see cref="RecurlyCallsWithAuthorization"/>), then, below the SDK,
/// tags the request with the sandbox's token so the mock files it in that sandbox's journal. The mock ignores the
/// header on that public operation. Nothing else is changed.
/// </remarks>
public sealed class RecurlyJournalShim(HttpMessageHandler inner, string sandboxToken) : DelegatingHandler(inner)
{
    private static int _recurlyCallsWithAuthorization;

    /// <summary>How many Recurly calls the SDK sent with an Authorization header (must stay 0).</summary>
    public static int RecurlyCallsWithAuthorization => Volatile.Read(ref _recurlyCallsWithAuthorization);

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri?.AbsolutePath == "/js/v1/token")
        {
            if (request.Headers.Authorization is not null)
            {
                Interlocked.Increment(ref _recurlyCallsWithAuthorization);
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sandboxToken);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
