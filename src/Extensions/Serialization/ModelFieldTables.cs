using System.Collections.Concurrent;
using Microsoft.Kiota.Abstractions.Serialization;

namespace LiveChat.Partners.Serialization;

/// <summary>
/// The <see cref="ModelFields{T}"/> of every model type one factory has read, built once per type and shared by every
/// node of that factory (thread-safe). Owned by a <see cref="FastJsonParseNodeFactory"/>, not static.
/// </summary>
internal sealed class ModelFieldTables
{
    private static readonly object NoTable = new();
    private readonly ConcurrentDictionary<Type, object> _tables = new();

    /// <summary>The table for <paramref name="item"/>'s type, or <c>null</c> to read it through its own dictionary.</summary>
    /// <param name="item">A model just created by its factory; its type must be exactly <typeparamref name="T"/>.</param>
    internal ModelFields<T>? For<T>(T item)
        where T : IParsable
    {
        if (item.GetType() != typeof(T)) return null;
        if (_tables.TryGetValue(typeof(T), out var table)) return table as ModelFields<T>;
        var built = ModelFields<T>.TryBuild(item);
        _tables.TryAdd(typeof(T), (object?)built ?? NoTable);
        return built;
    }
}
