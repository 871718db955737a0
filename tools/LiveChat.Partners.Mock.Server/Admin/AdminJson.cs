using LiveChat.Partners.Mock.Errors;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace LiveChat.Partners.Mock.Admin;

/// <summary>
/// The admin API's JSON, with the Partner API's library (Newtonsoft) and its error body: snake_case names,
/// request bodies bound from the JSON the validator already parsed.
/// </summary>
public static class AdminJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new SnakeCaseNamingStrategy { ProcessDictionaryKeys = false, OverrideSpecifiedNames = true } },
    };

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    /// <summary>The request body the admin validator accepted, bound to <typeparamref name="T"/>; null when none was sent.</summary>
    public static T? Body<T>(HttpContext context)
        where T : class =>
        context.Items[typeof(AdminJson)] is JToken json && json.Type != JTokenType.Null ? json.ToObject<T>(Serializer) : null;

    /// <summary>Binds JSON the admin validator accepted to <typeparamref name="T"/> (fixtures read at start-up).</summary>
    public static T? Bind<T>(JToken json)
        where T : class => json.ToObject<T>(Serializer);

    /// <summary>Keeps the body the validator parsed for <see cref="Body{T}"/>.</summary>
    internal static void KeepBody(HttpContext context, JToken? json) => context.Items[typeof(AdminJson)] = json;

    /// <summary>A JSON answer.</summary>
    public static IResult Ok(object value, int status = StatusCodes.Status200OK) =>
        Results.Content(JsonConvert.SerializeObject(value, Settings), "application/json; charset=utf-8", statusCode: status);

    /// <summary>The Partner API's error body.</summary>
    public static IResult Error(int status, string message, IReadOnlyList<ErrorField>? fields = null) =>
        Results.Content(ErrorBody.Create(status, message, fields).ToString(Formatting.None), "application/json; charset=utf-8", statusCode: status);
}
