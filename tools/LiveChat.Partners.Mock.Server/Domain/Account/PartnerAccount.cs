using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Domain.Account;

/// <summary>The Partner's account: profile, contact details, notification settings and password.</summary>
public sealed class PartnerAccount
{
    /// <summary>The Partner's id (the <c>a=</c> parameter of affiliate links).</summary>
    public required string PartnerId { get; init; }

    /// <summary>The login (an email).</summary>
    public required string Login { get; init; }

    /// <summary>The password in the Partner Program (checked by password change and subscription closing).</summary>
    public required string Password { get; set; }

    /// <summary>First name.</summary>
    public string FirstName { get; set; } = "Joe";

    /// <summary>Last name.</summary>
    public string LastName { get; set; } = "Doe";

    /// <summary>Contact name.</summary>
    public string ContactName { get; set; } = "Jane Doe";

    /// <summary>Contact email.</summary>
    public string ContactEmail { get; set; } = "jane@email.com";

    /// <summary>Monthly summary emails.</summary>
    public bool SendMonthlySummary { get; set; } = true;

    /// <summary>Newsletter emails.</summary>
    public bool SendNewsletter { get; set; } = true;

    /// <summary>Notification emails.</summary>
    public bool SendNotifications { get; set; } = true;

    /// <summary>Weekly Solution Partner summary emails.</summary>
    public bool SendResellerWeeklySummary { get; set; } = true;

    /// <summary>LiveChat affiliate commission, percent.</summary>
    public int LiveChatCommissionPercent { get; set; } = 20;

    /// <summary>Partner Program affiliate commission, percent.</summary>
    public int PartnerProgramCommissionPercent { get; set; } = 5;

    /// <summary>Solution Partner discount, percent.</summary>
    public int ResellerDiscountPercent { get; set; } = 20;

    /// <summary>Dashboard flags.</summary>
    public bool SalesKitPopupClosed { get; set; } = true;

    /// <summary>Dashboard flags.</summary>
    public bool PitchDeckDownloaded { get; set; } = true;

    /// <summary>Dashboard flags.</summary>
    public bool Tier2PopupClosed { get; set; } = true;

    /// <summary>Changes the password; 403 when <paramref name="currentPassword"/> is wrong.</summary>
    public void ChangePassword(string currentPassword, string newPassword)
    {
        EnsurePassword(currentPassword, "current_password");
        Password = newPassword;
    }

    /// <summary>403 unless <paramref name="password"/> is the account's password.</summary>
    public void EnsurePassword(string password, string field)
    {
        if (!string.Equals(password, Password, StringComparison.Ordinal))
        {
            throw ApiErrorException.Forbidden("incorrect password", field);
        }
    }
}
