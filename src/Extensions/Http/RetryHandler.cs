using System.Net;
using System.Net.Sockets;
using System.Runtime.ExceptionServices;

namespace LiveChat.Partners;

/// <summary>
/// Retries transient failures with exponential backoff, jitter and a cap, honouring <c>Retry-After</c>, and applies
/// the per-attempt timeout. Retries transient answers (<see cref="LiveChatPartnersErrorTypes.IsTransientStatus"/>),
/// connection failures and timeouts of requests that are safe to repeat; a POST (or PATCH) is retried only when the connection could not even be opened, so it never reached the server.
/// </summary>
internal sealed class RetryHandler(LiveChatPartnersSettings settings) : DelegatingHandler
{
#if NET6_0_OR_GREATER
    private static double NextRandom() => Random.Shared.NextDouble();
#else
    private static readonly Random SharedRandom = new();

    private static double NextRandom()
    {
        lock (SharedRandom) return SharedRandom.NextDouble();
    }
#endif

    /// <summary>The source of jitter in [0, 1); replaceable by tests.</summary>
    internal Func<double> Jitter { get; set; } = NextRandom;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var policy = settings.Retry;
        var repeatable = IsSafeToRepeat(request.Method);
        if (policy.MaxRetries > 0 && repeatable && request.Content is not null)
        {
            // A retried body must be sent again: buffer it once (the API's bodies are small JSON documents).
            await request.Content.LoadIntoBufferAsync().ConfigureAwait(false);
        }

        for (var retry = 0; ; retry++)
        {
            HttpResponseMessage? response = null;
            ExceptionDispatchInfo? failure = null;
            var neverSent = false;

            using (var timeout = CreateTimeout())
            using (var linked = timeout is null || !cancellationToken.CanBeCanceled ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
            {
                try
                {
                    response = await base.SendAsync(request, linked?.Token ?? timeout?.Token ?? cancellationToken).ConfigureAwait(false);

                    // A transport may still hand back an answer (the server's 499, say) after the caller cancelled or the
                    // attempt timed out: the caller asked for cancellation or a timeout, not for that answer.
                    if (cancellationToken.IsCancellationRequested || timeout is { IsCancellationRequested: true })
                    {
                        response.Dispose();
                        response = null;
                        cancellationToken.ThrowIfCancellationRequested();
                        timeout!.Token.ThrowIfCancellationRequested();
                    }
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeout is { IsCancellationRequested: true })
                {
                    failure = ExceptionDispatchInfo.Capture(new TimeoutException(
                        $"The LiveChat Partners API did not answer {request.Method} {request.RequestUri?.GetLeftPart(UriPartial.Path)} within {settings.Timeout.TotalSeconds:0.###} s."));
                }
                catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested && timeout is not { IsCancellationRequested: true })
                {
                    // Neither the caller nor the timeout cancelled: the transport gave up (the connection was dropped).
                    failure = ExceptionDispatchInfo.Capture(new HttpRequestException(
                        $"The connection was closed before the LiveChat Partners API answered {request.Method} {request.RequestUri?.GetLeftPart(UriPartial.Path)}.", exception));
                }
                catch (HttpRequestException exception) when (!cancellationToken.IsCancellationRequested)
                {
                    failure = ExceptionDispatchInfo.Capture(exception);
                    neverSent = IsConnectFailure(exception);
                }
            }

            var canRetry = retry < policy.MaxRetries
                && (response is not null
                    ? repeatable && LiveChatPartnersErrorTypes.IsTransientStatus((int)response.StatusCode)
                    : repeatable || neverSent);

            TimeSpan delay = default;
            if (canRetry)
            {
                var retryAfter = response is null ? null : ApiErrors.RetryAfterOf(response, settings.TimeProvider);
                if (retryAfter is { } wait)
                {
                    if (wait > policy.MaxRetryAfter) canRetry = false;
                    else delay = wait;
                }
                else
                {
                    delay = policy.BackoffDelay(retry + 1, Jitter());
                }
            }

            if (!canRetry)
            {
                failure?.Throw();
                return response!;
            }

            response?.Dispose();
            if (delay > TimeSpan.Zero) await DelayAsync(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>GET, HEAD, OPTIONS, TRACE, PUT and DELETE are idempotent (RFC 9110, section 9.2.2).</summary>
    internal static bool IsSafeToRepeat(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Trace
        || method == HttpMethod.Put || method == HttpMethod.Delete;

    /// <summary>True when the connection could not be opened, so the request never reached the server.</summary>
    internal static bool IsConnectFailure(HttpRequestException exception)
    {
#if NET8_0_OR_GREATER
        if (exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
            return true;
#endif
        for (Exception? inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
            {
                return socket.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostNotFound
                    or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.TryAgain
                    or SocketError.NoData or SocketError.AddressNotAvailable;
            }
        }

        return false;
    }

    private CancellationTokenSource? CreateTimeout()
    {
        if (settings.Timeout == Timeout.InfiniteTimeSpan) return null;
#if NET8_0_OR_GREATER
        return new CancellationTokenSource(settings.Timeout, settings.TimeProvider);
#else
        return settings.TimeProvider.CreateCancellationTokenSource(settings.Timeout);
#endif
    }

    private Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
#if NET8_0_OR_GREATER
        Task.Delay(delay, settings.TimeProvider, cancellationToken);
#else
        settings.TimeProvider.Delay(delay, cancellationToken);
#endif
}
