using System.Text;
using Microsoft.Kiota.Abstractions.Serialization;

namespace LiveChat.Partners.Serialization;

/// <summary>
/// The fields of one generated model type, built once from the first instance's
/// <see cref="IParsable.GetFieldDeserializers"/>: each field's UTF-8 JSON name and its deserializer re-bound as an
/// open delegate <c>(model, node) =&gt; ...</c>, so reading another instance needs neither its dictionary nor its lambdas.
/// </summary>
/// <typeparam name="T">The model type (exactly: a derived type gets its own table).</typeparam>
internal sealed class ModelFields<T>
    where T : IParsable
{
    private ModelFields(byte[][] names, Action<T, IParseNode>[] deserializers)
    {
        Names = names;
        Deserializers = deserializers;
        Following = new int[names.Length + 1];
        for (var i = 0; i < Following.Length; i++) Following[i] = i;
    }

    /// <summary>The JSON names, UTF-8, in the generated order.</summary>
    internal byte[][] Names { get; }

    /// <summary>The deserializer of each name, for any instance of <typeparamref name="T"/>.</summary>
    internal Action<T, IParseNode>[] Deserializers { get; }

    /// <summary>
    /// The order answers list the fields in, learned from them (the API's order is the schema's, not the generated,
    /// alphabetical one): slot 0 holds the index of the field expected first, slot <c>i + 1</c> the one expected after
    /// field <c>i</c>. A wrong guess costs a search of the names and corrects the slot; threads racing on a slot are
    /// harmless, as any index is a valid guess.
    /// </summary>
    internal int[] Following { get; }

    /// <summary>
    /// The table of <typeparamref name="T"/>, or <c>null</c> when its deserializers cannot be re-bound (a lambda that
    /// captures more than the model, a dictionary that is not ordinal, a runtime that cannot bind the method): such a
    /// type is read through each instance's own dictionary, as Kiota does.
    /// </summary>
    /// <param name="prototype">An instance of exactly <typeparamref name="T"/>.</param>
    internal static ModelFields<T>? TryBuild(T prototype)
    {
        if (typeof(T).IsValueType || prototype.GetType() != typeof(T)) return null;
        if (prototype.GetFieldDeserializers() is not Dictionary<string, Action<IParseNode>> fields
            || !(ReferenceEquals(fields.Comparer, EqualityComparer<string>.Default) || ReferenceEquals(fields.Comparer, StringComparer.Ordinal)))
        {
            return null;
        }

        var names = new byte[fields.Count][];
        var deserializers = new Action<T, IParseNode>[fields.Count];
        var i = 0;
        foreach (var field in fields)
        {
            if (Rebind(prototype, field.Value) is not { } open) return null;
            names[i] = Encoding.UTF8.GetBytes(field.Key);
            deserializers[i] = open;
            i++;
        }

        return new ModelFields<T>(names, deserializers);
    }

    private static Action<T, IParseNode>? Rebind(T prototype, Action<IParseNode> deserializer)
    {
        // Kiota's lambdas (`n => { Name = n.GetStringValue(); }`) capture only the model: the compiler makes them
        // instance methods of the model's class, so the same method works for any instance.
        if (!ReferenceEquals(deserializer.Target, prototype)) return null;
        try
        {
            var method = deserializer.Method;
            if (method.IsStatic || method.DeclaringType is not { } declaring || !declaring.IsAssignableFrom(typeof(T))) return null;
            return (Action<T, IParseNode>)Delegate.CreateDelegate(typeof(Action<T, IParseNode>), null, method);
        }
#pragma warning disable CA1031 // any failure to bind means "read this type the way Kiota does", never an error
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
