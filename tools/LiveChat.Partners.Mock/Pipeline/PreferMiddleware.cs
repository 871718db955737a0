using System.Globalization;
using LiveChat.Partners.Mock.Errors;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>
/// Prism-style forced responses: <c>Prefer: code=404</c> answers the operation's documented response for
/// that status (its first example, or <c>example=NAME</c>'s) without running any behaviour. A response
/// without an example borrows one shown elsewhere in the document for the same schema; error responses
/// without one get the error body built from the response's description.
/// </summary>
public sealed class PreferMiddleware(RequestDelegate next, Spec.PartnerApiDocument document)
{
    /// <summary>Runs the request.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var prefer = PreferHeader.Parse(context.Request.Headers["Prefer"].ToString());
        if (prefer.Code is null)
        {
            await next(context);
            return;
        }

        var request = context.MockRequest();
        var operation = request.Operation!;

        // A refused Prefer header is the mock's own answer, not the operation's: strict mode does not check it.
        request.AnsweredByTransport = true;
        var responses = operation.Operation.ActualResponses;
        var code = prefer.Code.Value.ToString(CultureInfo.InvariantCulture);
        if (!responses.TryGetValue(code, out var response))
        {
            throw new ApiErrorException(400, $"Prefer: code={code} is not documented for {operation.OperationId} (documented: {string.Join(", ", responses.Keys)})",
                new ErrorField("Prefer", $"code must be one of {string.Join(", ", responses.Keys)}"));
        }

        request.AnsweredByTransport = false;
        var actual = response.ActualResponse;
        context.Response.StatusCode = prefer.Code.Value;
        if (actual.Content is null || actual.Content.Count == 0)
        {
            return;
        }

        var media = actual.Content.First();
        var examples = media.Value.Examples;
        object? value = null;
        if (examples is { Count: > 0 })
        {
            var chosen = prefer.Example is not null && examples.TryGetValue(prefer.Example, out var named) ? named : examples.First().Value;
            value = chosen.ActualExample?.Value ?? chosen.Value;
        }

        value ??= media.Value.Example ?? (media.Value.Schema is null ? null : document.FindExample(media.Value.Schema));
        if (value is null && prefer.Code >= 400)
        {
            value = ErrorBody.Create(prefer.Code.Value, actual.Description ?? ErrorType.ForStatus(prefer.Code.Value));
        }

        if (value is null)
        {
            if (media.Key == "application/pdf")
            {
                context.Response.ContentType = media.Key;
                await context.Response.Body.WriteAsync(Domain.SolutionPartner.InvoicePdf.Sample(), context.RequestAborted);
                return;
            }

            request.AnsweredByTransport = true;
            throw new ApiErrorException(400, $"{operation.OperationId} documents no example for {code}", new ErrorField("Prefer", "no example documented for this code"));
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        var json = Spec.ExampleValue.Typed(value, media.Value.Schema).ToString(Formatting.None);
        await context.Response.WriteAsync(json, context.RequestAborted);
    }
}
