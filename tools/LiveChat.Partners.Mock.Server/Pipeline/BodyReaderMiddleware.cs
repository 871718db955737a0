using LiveChat.Partners.Mock.Errors;
using LiveChat.Partners.Mock.Hosting;
using LiveChat.Partners.Mock.Validation;
using Microsoft.Extensions.Options;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>Reads the request body once (413 past the limit) and hands MVC a rewindable copy.</summary>
public sealed class BodyReaderMiddleware(RequestDelegate next, IOptions<MockOptions> options)
{
    /// <summary>Runs the request.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxBodyBytes;
        var request = context.MockRequest();
        if (context.Request.ContentLength > limit)
        {
            await TooLargeAsync(context, limit);
            return;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                await TooLargeAsync(context, limit);
                return;
            }
        }

        request.Body = new RequestBody(buffer.ToArray());
        request.BodyRead = true;
        context.Request.Body = new MemoryStream(request.Body.Bytes, writable: false);
        await next(context);
    }

    private static Task TooLargeAsync(HttpContext context, long limit) =>
        context.WriteErrorAsync(ResponseOrigin.Limit, 413, $"request body is larger than {limit} bytes", [new ErrorField("body", $"must be at most {limit} bytes")]);
}
