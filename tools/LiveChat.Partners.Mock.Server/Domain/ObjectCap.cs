using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Domain;

/// <summary>
/// The most objects of one kind a sandbox keeps (<c>Mock:Limits:MaxObjectsPerKind</c>): creating one more is
/// the <c>429</c> the document declares for the mock's caps. The reference documents no quota; the cap keeps a
/// sandbox's memory bounded.
/// </summary>
/// <param name="Most">How many objects of the kind the sandbox may hold.</param>
public readonly record struct ObjectCap(int Most)
{
    /// <summary>No cap (the default until a sandbox applies its limit).</summary>
    public static ObjectCap None => new(int.MaxValue);

    /// <summary>Throws the <c>429</c> a create gets when the sandbox already holds <paramref name="count"/> objects of <paramref name="kind"/>.</summary>
    public void EnsureRoom(int count, string kind)
    {
        if (count >= Most)
        {
            throw ApiErrorException.TooManyObjects($"this sandbox already holds the most {kind} the mock keeps ({Most}, Mock:Limits:MaxObjectsPerKind): reset the sandbox to start again");
        }
    }
}
