using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace LiveChat.Partners.Mock.Spec;

/// <summary>
/// Example values as the document means them. The YAML loader hands examples over with every scalar as
/// a string (<c>231</c> becomes <c>"231"</c>); this puts numbers and booleans back where the schema
/// says so, so a forced (<c>Prefer</c>) response sends what the document shows.
/// </summary>
public static class ExampleValue
{
    /// <summary>The example <paramref name="value"/>, typed by <paramref name="schema"/>.</summary>
    public static JToken Typed(object value, JsonSchema? schema)
    {
        var token = value as JToken ?? JToken.FromObject(value);
        return schema is null ? token : Coerce(token.DeepClone(), schema.ActualSchema);
    }

    private static JToken Coerce(JToken token, JsonSchema schema)
    {
        schema = schema.ActualSchema;
        switch (token)
        {
            case JObject obj:
                foreach (var property in obj.Properties().ToList())
                {
                    if (schema.ActualProperties.TryGetValue(property.Name, out var propertySchema))
                    {
                        property.Value = Coerce(property.Value, propertySchema);
                    }
                }

                return obj;
            case JArray array when schema.Item is not null:
                for (var i = 0; i < array.Count; i++)
                {
                    array[i] = Coerce(array[i], schema.Item);
                }

                return array;
            case JValue { Type: JTokenType.String } scalar:
                var text = (string)scalar!;
                if (schema.Type.HasFlag(JsonObjectType.Integer) && long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var integer))
                {
                    return new JValue(integer);
                }

                if (schema.Type.HasFlag(JsonObjectType.Number) && decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
                {
                    return new JValue(number);
                }

                if (schema.Type.HasFlag(JsonObjectType.Boolean) && bool.TryParse(text, out var flag))
                {
                    return new JValue(flag);
                }

                return scalar;
            default:
                return token;
        }
    }
}
