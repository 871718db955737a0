using System.Security.Cryptography;
using System.Text;
using LiveChat.Partners.Mock.Errors;
using LiveChat.Partners.Mock.Hosting;
using Microsoft.Extensions.Options;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>
/// Guards the admin API (<c>/_mock/</c>): with an admin key set (<c>--admin-key</c>, <c>Mock__AdminKey</c>), every
/// admin request must carry it in <see cref="MockOptions.AdminKeyHeader"/> (compared in constant time), else <c>401</c>
/// with the error body. Without a key (the mock then listens on loopback only, <see cref="AdminKeyRequirement"/>)
/// the admin API is open, but still never to a connection that arrived on another interface.
/// </summary>
public sealed class AdminKeyMiddleware(RequestDelegate next, IOptions<MockOptions> options)
{
    /// <summary>Runs the request, or answers <c>401</c> to an admin request without the right key.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsAdmin(context))
        {
            await next(context);
            return;
        }

        var reason = Refusal(context, options.Value.AdminKey);
        if (reason is null)
        {
            await next(context);
            return;
        }

        await ErrorBody.WriteAsync(context, StatusCodes.Status401Unauthorized, $"{MockOptions.AdminKeyHeader}: {reason}", [new ErrorField(MockOptions.AdminKeyHeader, reason)], context.RequestAborted);
    }

    /// <summary>Whether the request is for the admin API: its path, or the endpoint routing chose for it.</summary>
    public static bool IsAdmin(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/_mock", StringComparison.OrdinalIgnoreCase)
        || context.GetEndpoint()?.Metadata.GetMetadata<Admin.AdminEndpointMetadata>() is not null;

    private static string? Refusal(HttpContext context, string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            var local = context.Connection.LocalIpAddress;
            return local is null || ListenAddresses.IsLoopback(local)
                ? null
                : "the admin API answers only on loopback while the mock has no admin key (--admin-key, Mock__AdminKey)";
        }

        var sent = context.Request.Headers[MockOptions.AdminKeyHeader];
        if (sent.Count == 0 || string.IsNullOrEmpty(sent[0]))
        {
            return "is required: this mock protects its admin API with an admin key";
        }

        return sent.Count == 1 && SameKey(sent[0]!, key) ? null : "does not match the mock's admin key";
    }

    /// <summary>Compares the SHA-256 digests in constant time, so neither the content nor the length of the key leaks through timing.</summary>
    private static bool SameKey(string sent, string key) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(sent)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
