using System.Globalization;
using System.Text;
using LiveChat.Partners.Mock.Errors;
using Newtonsoft.Json;
using NSwag;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>
/// Prism-style forced responses: <c>Prefer: code=N</c> answers the operation's documented response for N (its
/// first example, or <c>example=NAME</c>'s) without running any behaviour. A success without an example of its
/// own borrows one shown elsewhere in the document for the same schema; an error without one gets the error body
/// built for N (its <c>type</c> from <see cref="ErrorType"/>, its message the response's description), never an
/// example written for another status.
/// </summary>
public sealed class PreferMiddleware(RequestDelegate next, Spec.PartnerApiDocument document)
{
    /// <summary>Runs the request.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var prefer = PreferHeader.Parse(context.Request.Headers["Prefer"].ToString());
        if (prefer.Code is not { } status)
        {
            return next(context);
        }

        var operation = context.MockRequest().Operation!;
        var responses = operation.Operation.ActualResponses;
        var code = status.ToString(CultureInfo.InvariantCulture);
        if (!responses.TryGetValue(code, out var response))
        {
            // A refused Prefer header is the mock's own answer, not the operation's: strict mode does not check it.
            return context.WriteErrorAsync(ResponseOrigin.Mock, 400, $"Prefer: code={code} is not documented for {operation.OperationId} (documented: {string.Join(", ", responses.Keys)})",
                [new ErrorField("Prefer", $"code must be one of {string.Join(", ", responses.Keys)}")]);
        }

        var actual = response.ActualResponse;
        if (actual.Content is null || actual.Content.Count == 0)
        {
            return context.WriteAsync(ResponseOrigin.Forced, status, null, null);
        }

        var media = actual.Content.First();
        var value = Example(media.Value, prefer.Example) ?? (status >= 400
            ? ErrorBody.Create(status, actual.Description ?? ErrorType.ForStatus(status))
            : media.Value.Schema is null ? null : document.FindExample(media.Value.Schema));
        if (value is not null)
        {
            var json = Spec.ExampleValue.Typed(value, media.Value.Schema).ToString(Formatting.None);
            return context.WriteAsync(ResponseOrigin.Forced, status, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(json));
        }

        if (media.Key == "application/pdf")
        {
            return context.WriteAsync(ResponseOrigin.Forced, status, media.Key, Domain.SolutionPartner.InvoicePdf.Sample());
        }

        return context.WriteErrorAsync(ResponseOrigin.Mock, 400, $"{operation.OperationId} documents no example for {code}", [new ErrorField("Prefer", "no example documented for this code")]);
    }

    /// <summary>The response's own example: the one named <paramref name="name"/>, else its first, else null.</summary>
    private static object? Example(OpenApiMediaType media, string? name)
    {
        if (media.Examples is { Count: > 0 } examples)
        {
            var chosen = name is not null && examples.TryGetValue(name, out var named) ? named : examples.First().Value;
            return chosen.ActualExample?.Value ?? chosen.Value;
        }

        return media.Example;
    }
}
