namespace LiveChat.Partners.Mock.Spec;

/// <summary>The result of matching a request against the document's paths.</summary>
/// <param name="Operation">The operation for the path and method, or null.</param>
/// <param name="PathParameters">The raw path parameters of <paramref name="Operation"/>.</param>
/// <param name="AllowedMethods">The methods the path has when the method did not match (405), else empty.</param>
public sealed record OperationMatch(
    SpecOperation? Operation,
    IReadOnlyDictionary<string, string> PathParameters,
    IReadOnlyList<string> AllowedMethods);
