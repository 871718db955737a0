using System.Collections;
using System.Reflection;
using Microsoft.Kiota.Abstractions.Serialization;

namespace LiveChat.Partners.Tests.Serialization;

/// <summary>
/// Deep comparison of two parsed values by reflection: every settable public property of a model (the generated
/// ones, <c>AdditionalData</c> included), dictionaries key by key, lists item by item, untyped nodes by their values,
/// scalars by value and, for decimals and doubles, by text (so 1.0 and 1.00 differ, as they serialize differently).
/// The one container allowed to differ: an <see cref="UntypedArray"/>'s items, a lazy iterator in Kiota, a list in ours.
/// </summary>
internal static class ModelComparer
{
    /// <summary>The path of the first difference, or <c>null</c> when the two are the same.</summary>
    public static string? FirstDifference(object? expected, object? actual, string path = "$")
    {
        if (expected is null || actual is null)
            return expected is null && actual is null ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
        // UntypedArray holds an IEnumerable<UntypedNode>: Kiota's is a lazy iterator over the document, ours a list.
        if (expected is IEnumerable and not string and not IDictionary && actual is IEnumerable and not string and not IDictionary
            && expected.GetType().Name.Contains("GetCollectionOfUntypedValues", StringComparison.Ordinal))
        {
            return SameItems((IEnumerable)expected, (IEnumerable)actual, path);
        }

        if (expected.GetType() != actual.GetType()) return $"{path}: type {expected.GetType().Name} vs {actual.GetType().Name}";

        switch (expected)
        {
            case UntypedNode untyped:
                return FirstDifference(UntypedValue(untyped), UntypedValue((UntypedNode)actual), path);
            case string or bool or int or long or short or ushort or uint or ulong or byte or sbyte or Guid or DateTime or DateTimeOffset or TimeSpan or Enum:
                return expected.Equals(actual) ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
            case decimal or double or float:
                return expected.Equals(actual) && Show(expected) == Show(actual) ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
            case IDictionary dictionary:
                var other = (IDictionary)actual;
                if (dictionary.Count != other.Count)
                    return $"{path}: keys [{string.Join(",", dictionary.Keys.Cast<object>())}] vs [{string.Join(",", other.Keys.Cast<object>())}]";
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (!other.Contains(entry.Key)) return $"{path}: key {entry.Key} missing";
                    if (FirstDifference(entry.Value, other[entry.Key], $"{path}[{entry.Key}]") is { } d) return d;
                }

                return null;
            case IEnumerable list:
                return SameItems(list, (IEnumerable)actual, path);
            default:
                foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (!property.CanWrite || property.GetIndexParameters().Length > 0) continue;
                    if (FirstDifference(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}") is { } d) return d;
                }

                return null;
        }
    }

    private static string? SameItems(IEnumerable expected, IEnumerable actual, string path)
    {
        var left = expected.Cast<object?>().ToList();
        var right = actual.Cast<object?>().ToList();
        if (left.Count != right.Count) return $"{path}: {left.Count} items vs {right.Count}";
        for (var i = 0; i < left.Count; i++)
        {
            if (FirstDifference(left[i], right[i], $"{path}[{i}]") is { } d) return d;
        }

        return null;
    }

    private static object? UntypedValue(UntypedNode node) => node switch
    {
        UntypedObject o => o.GetValue(),
        UntypedArray a => a.GetValue(),
        UntypedString s => s.GetValue(),
        UntypedBoolean b => b.GetValue(),
        UntypedInteger i => i.GetValue(),
        UntypedLong l => l.GetValue(),
        UntypedDecimal m => m.GetValue(),
        UntypedFloat f => f.GetValue(),
        UntypedDouble d => d.GetValue(),
        UntypedNull => null,
        _ => throw new InvalidOperationException($"untyped node {node.GetType()}"),
    };

    private static string Show(object? value) => value switch
    {
        null => "null",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
