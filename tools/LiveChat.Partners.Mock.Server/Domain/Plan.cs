namespace LiveChat.Partners.Mock.Domain;

/// <summary>A LiveChat sales plan (<c>plan</c> on the wire).</summary>
public enum Plan
{
    /// <summary><c>starter</c>.</summary>
    Starter,

    /// <summary><c>team</c>.</summary>
    Team,

    /// <summary><c>business</c>.</summary>
    Business,
}
