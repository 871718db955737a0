using Microsoft.AspNetCore.Mvc.Formatters;
using Newtonsoft.Json;

namespace LiveChat.Partners.Mock.Pipeline;

/// <summary>
/// Binds a JSON body from the JSON request validation already parsed (<see cref="Validation.RequestBody.Json"/>)
/// instead of parsing the bytes a second time. Ahead of MVC's Newtonsoft.Json formatter, which still reads bodies
/// nobody parsed (none reach it for a JSON operation: validation parses every JSON body it accepts).
/// </summary>
public sealed class ParsedJsonInputFormatter(JsonSerializerSettings settings) : IInputFormatter
{
    private readonly JsonSerializer _serializer = JsonSerializer.Create(settings);

    /// <inheritdoc />
    public bool CanRead(InputFormatterContext context) =>
        context.HttpContext.Features.Get<MockRequest>()?.Body.ParsedSoFar?.Value is not null;

    /// <inheritdoc />
    public Task<InputFormatterResult> ReadAsync(InputFormatterContext context)
    {
        var json = context.HttpContext.MockRequest().Body.ParsedSoFar!.Value!;
        try
        {
            return InputFormatterResult.SuccessAsync(json.ToObject(context.ModelType, _serializer));
        }
        catch (JsonException error)
        {
            // A value the document accepts but the generated type cannot hold: ModelBindingGuardFilter answers 400.
            var path = (error as JsonSerializationException)?.Path ?? (error as JsonReaderException)?.Path ?? string.Empty;
            context.ModelState.TryAddModelError(string.IsNullOrEmpty(path) ? context.ModelName : $"{context.ModelName}.{path}", error.Message);
            return InputFormatterResult.FailureAsync();
        }
    }
}
