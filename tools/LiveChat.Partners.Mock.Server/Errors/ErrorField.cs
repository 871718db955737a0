namespace LiveChat.Partners.Mock.Errors;

/// <summary>One offending parameter or body field of a 4xx answer and the reason it was refused.</summary>
/// <param name="Name">The parameter name (<c>date_from</c>) or JSON property path (<c>recurly.token</c>, <c>categories[0]</c>).</param>
/// <param name="Reason">Why the value was refused (<c>must be at least 5 characters</c>).</param>
public sealed record ErrorField(string Name, string Reason);
