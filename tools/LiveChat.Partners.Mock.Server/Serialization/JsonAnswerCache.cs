using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace LiveChat.Partners.Mock.Serialization;

/// <summary>
/// Answers serialized once per state: the JSON bytes of an answer kept for as long as the state object it was made
/// from lives, so a list read again while nothing changed is written, not serialized again (issue 12: serializing 1,002
/// campaigns with Newtonsoft.Json was most of the list's cost).
/// </summary>
/// <remarks>
/// The key must be an object the state replaces, never changes, when the answer would change: the domain's cached
/// lists are (a book builds a new list after each change). A key that is new on every read only costs the
/// serialization it would have cost anyway. Bytes are those MVC's Newtonsoft.Json formatter writes, with the same
/// settings (UTF-8, no BOM).
/// </remarks>
public sealed class JsonAnswerCache(IOptions<MvcNewtonsoftJsonOptions> json)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConditionalWeakTable<object, byte[]> _answers = [];

    /// <summary>The JSON of <paramref name="answer"/>'s result, made once for <paramref name="state"/>.</summary>
    public byte[] Get(object state, Func<object> answer) => _answers.GetValue(state, _ => Serialize(answer()));

    private byte[] Serialize(object value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, Utf8, leaveOpen: true))
        using (var jsonWriter = new JsonTextWriter(writer) { CloseOutput = false, AutoCompleteOnClose = false })
        {
            JsonSerializer.Create(json.Value.SerializerSettings).Serialize(jsonWriter, value);
        }

        return buffer.ToArray();
    }
}
