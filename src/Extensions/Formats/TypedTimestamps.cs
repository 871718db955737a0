// Typed views of the generated models' timestamp strings: UTC DateTimeOffset?, "" -> null.
// Each property reads the generated string property of the same name; a spec change that renames one breaks the build here.
namespace LiveChat.Partners.Models;

#pragma warning disable SA1649, SA1402 // one concern (typed timestamps), several small partials

/// <summary>An API token.</summary>
public partial class ApiToken
{
    /// <summary><see cref="CreationTimestamp"/> as a UTC instant.</summary>
    public DateTimeOffset? CreationTime => LiveChatTimestamp.Parse(CreationTimestamp);
}

/// <summary>A LiveChat affiliate license.</summary>
public partial class AffiliateLicense
{
    /// <summary><see cref="CreationTimestamp"/> as a UTC instant.</summary>
    public DateTimeOffset? CreationTime => LiveChatTimestamp.Parse(CreationTimestamp);

    /// <summary><see cref="EndTimestamp"/> as a UTC instant (null when empty).</summary>
    public DateTimeOffset? EndTime => LiveChatTimestamp.Parse(EndTimestamp);
}

/// <summary>A current commission or discount rate.</summary>
public partial class CurrentRate
{
    /// <summary><see cref="EndTimestamp"/> as a UTC instant (null when the rate has no end).</summary>
    public DateTimeOffset? EndTime => LiveChatTimestamp.Parse(EndTimestamp);
}

/// <summary>A disabled LiveChat campaign.</summary>
public partial class DisabledLiveChatCampaign
{
    /// <summary><see cref="CreationTimestamp"/> as a UTC instant.</summary>
    public DateTimeOffset? CreationTime => LiveChatTimestamp.Parse(CreationTimestamp);

    /// <summary><see cref="DisabledTimestamp"/> as a UTC instant.</summary>
    public DateTimeOffset? DisabledTime => LiveChatTimestamp.Parse(DisabledTimestamp);
}

/// <summary>A disabled Partner Program campaign.</summary>
public partial class DisabledPartnerProgramCampaign
{
    /// <summary><see cref="CreationTimestamp"/> as a UTC instant.</summary>
    public DateTimeOffset? CreationTime => LiveChatTimestamp.Parse(CreationTimestamp);

    /// <summary><see cref="DisabledTimestamp"/> as a UTC instant.</summary>
    public DateTimeOffset? DisabledTime => LiveChatTimestamp.Parse(DisabledTimestamp);
}

/// <summary>A comment on the Expert profile.</summary>
public partial class ExpertComment
{
    /// <summary><see cref="CreationTimestamp"/> as a UTC instant.</summary>
    public DateTimeOffset? CreationTime => LiveChatTimestamp.Parse(CreationTimestamp);
}

/// <summary>A Partner Program lead.</summary>
public partial class Lead
{
    /// <summary><see cref="CreationTimestamp"/> as a UTC instant.</summary>
    public DateTimeOffset? CreationTime => LiveChatTimestamp.Parse(CreationTimestamp);
}

/// <summary>A Partner Program lead's license.</summary>
public partial class LeadLicense
{
    /// <summary><see cref="CreationTimestamp"/> as a UTC instant.</summary>
    public DateTimeOffset? CreationTime => LiveChatTimestamp.Parse(CreationTimestamp);

    /// <summary><see cref="EndTimestamp"/> as a UTC instant (null when empty).</summary>
    public DateTimeOffset? EndTime => LiveChatTimestamp.Parse(EndTimestamp);
}

/// <summary>A Solution Partner's client license.</summary>
public partial class ClientLicense
{
    /// <summary><see cref="CreationTimestamp"/> as a UTC instant.</summary>
    public DateTimeOffset? CreationTime => LiveChatTimestamp.Parse(CreationTimestamp);

    /// <summary><see cref="EndTimestamp"/> as a UTC instant (null when empty).</summary>
    public DateTimeOffset? EndTime => LiveChatTimestamp.Parse(EndTimestamp);
}

/// <summary>A LiveChat campaign.</summary>
public partial class LiveChatCampaign
{
    /// <summary><see cref="CreationTimestamp"/> as a UTC instant.</summary>
    public DateTimeOffset? CreationTime => LiveChatTimestamp.Parse(CreationTimestamp);
}

/// <summary>A Partner Program campaign.</summary>
public partial class PartnerProgramCampaign
{
    /// <summary><see cref="CreationTimestamp"/> as a UTC instant.</summary>
    public DateTimeOffset? CreationTime => LiveChatTimestamp.Parse(CreationTimestamp);
}

/// <summary>A withdrawal.</summary>
public partial class Withdrawal
{
    /// <summary><see cref="RequestTimestamp"/> as a UTC instant.</summary>
    public DateTimeOffset? RequestTime => LiveChatTimestamp.Parse(RequestTimestamp);

    /// <summary><see cref="ActionTimestamp"/> as a UTC instant (null until the withdrawal is acted on).</summary>
    public DateTimeOffset? ActionTime => LiveChatTimestamp.Parse(ActionTimestamp);
}

/// <summary>A license invoice.</summary>
public partial class Invoice
{
    /// <summary><see cref="Date"/>, when the invoice was issued, as a UTC instant.</summary>
    public DateTimeOffset? IssueTime => LiveChatTimestamp.Parse(Date);
}
