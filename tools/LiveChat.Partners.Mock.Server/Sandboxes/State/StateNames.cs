using LiveChat.Partners.Mock.Domain.Affiliates;
using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Sandboxes.State;

/// <summary>The wire names a <see cref="SandboxState"/> uses for enums: the Partner API's (<c>WireNames</c>), and <c>livechat</c> / <c>partner_program</c> for campaigns.</summary>
public static class StateNames
{
    /// <summary>A campaign's program.</summary>
    public static string Of(AffiliateProgram program) => program == AffiliateProgram.LiveChat ? "livechat" : "partner_program";

    /// <summary>The member of <typeparamref name="T"/> whose wire name is <paramref name="value"/>; <c>400</c> naming <paramref name="field"/> otherwise.</summary>
    public static T Parse<T>(string value, Func<T, string> wire, string field)
        where T : struct, Enum
    {
        foreach (var member in Enum.GetValues<T>())
        {
            if (wire(member) == value)
            {
                return member;
            }
        }

        throw ApiErrorException.Validation(field, $"must be one of {string.Join(", ", Enum.GetValues<T>().Select(wire))}");
    }
}
