namespace LiveChat.Partners;

/// <summary>One offending field of a validation error: a parameter name (<c>date_from</c>) or a JSON property path (<c>recurly.token</c>, <c>categories[0]</c>).</summary>
public sealed class LiveChatPartnersErrorField
{
    /// <summary>Creates a field error.</summary>
    /// <param name="name">The parameter name or JSON property path.</param>
    /// <param name="reason">Why the value was rejected.</param>
    public LiveChatPartnersErrorField(string name, string reason)
    {
        Name = name ?? string.Empty;
        Reason = reason ?? string.Empty;
    }

    /// <summary>The parameter name or JSON property path.</summary>
    public string Name { get; }

    /// <summary>Why the value was rejected, for example <c>must be at least 5 characters</c>.</summary>
    public string Reason { get; }

    /// <inheritdoc />
    public override string ToString() => Name + ": " + Reason;
}
