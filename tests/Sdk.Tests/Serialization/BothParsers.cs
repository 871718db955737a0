using System.Reflection;
using System.Text;
using LiveChat.Partners.Serialization;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;

namespace LiveChat.Partners.Tests.Serialization;

/// <summary>What reading a payload gave: the model, or the exception.</summary>
/// <param name="Model">The model when the read succeeded.</param>
/// <param name="Error">The exception otherwise.</param>
internal sealed record ParseOutcome(object? Model, Exception? Error);

/// <summary>Reads one payload into a generated model type with Kiota's stock JSON factory and with the SDK's.</summary>
internal static class BothParsers
{
    private static readonly MethodInfo ReadMethod = typeof(BothParsers).GetMethod(nameof(Read), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Kiota's factory.</summary>
    public static IParseNodeFactory Stock { get; } = new JsonParseNodeFactory();

    /// <summary>The SDK's factory (one for the whole run, as one client keeps one: its per-type tables are shared).</summary>
    public static IParseNodeFactory Fast { get; } = new FastJsonParseNodeFactory();

    /// <summary>Both outcomes for <paramref name="json"/> read as <paramref name="modelType"/>.</summary>
    public static (ParseOutcome Stock, ParseOutcome Fast) Parse(string json, Type modelType) =>
        (Parse(Stock, json, modelType), Parse(Fast, json, modelType));

    /// <summary>The difference between the two outcomes, or <c>null</c> when they are the same.</summary>
    public static string? Difference(ParseOutcome stock, ParseOutcome fast)
    {
        if (stock.Error is not null || fast.Error is not null)
        {
            return stock.Error?.GetType() == fast.Error?.GetType()
                ? null
                : $"stock: {Describe(stock)}; ours: {Describe(fast)}";
        }

        return ModelComparer.FirstDifference(stock.Model, fast.Model);
    }

    private static string Describe(ParseOutcome outcome) =>
        outcome.Error is { } e ? $"{e.GetType().Name}: {e.Message}" : "a model";

    private static ParseOutcome Parse(IParseNodeFactory factory, string json, Type modelType)
    {
        try
        {
            using var content = new MemoryStream(Encoding.UTF8.GetBytes(json));
            var node = factory.GetRootParseNodeAsync("application/json", content).GetAwaiter().GetResult();
            return new ParseOutcome(ReadMethod.MakeGenericMethod(modelType).Invoke(null, [node]), null);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            return new ParseOutcome(null, e.InnerException);
        }
        catch (Exception e)
        {
            return new ParseOutcome(null, e);
        }
    }

    private static T Read<T>(IParseNode node)
        where T : IParsable
    {
        var create = typeof(T).GetMethod("CreateFromDiscriminatorValue", BindingFlags.Public | BindingFlags.Static)!;
        return node.GetObjectValue((ParsableFactory<T>)Delegate.CreateDelegate(typeof(ParsableFactory<T>), create));
    }
}
