namespace LiveChat.Partners.Mock.Domain.Account;

/// <summary>The Partner's money: balance (withdrawable), blocked, pending (requested withdrawals), commissions.</summary>
public sealed class Earnings
{
    /// <summary>What can be withdrawn now.</summary>
    public decimal Balance { get; set; } = 200m;

    /// <summary>Blocked amount.</summary>
    public decimal Blocked { get; set; }

    /// <summary>Amount in withdrawals that are pending.</summary>
    public decimal Pending { get; set; }

    /// <summary>Total withdrawn.</summary>
    public decimal Withdrawals { get; set; } = 7116m;

    /// <summary>LiveChat affiliate commission, total.</summary>
    public decimal LiveChatCommissionTotal { get; set; } = 7316m;

    /// <summary>LiveChat affiliate commission, last 30 days.</summary>
    public decimal LiveChatCommissionLast30Days { get; set; } = 1380m;

    /// <summary>Partner Program affiliate commission, total.</summary>
    public decimal PartnerProgramCommissionTotal { get; set; }

    /// <summary>Partner Program affiliate commission, last 30 days.</summary>
    public decimal PartnerProgramCommissionLast30Days { get; set; }

    /// <summary>Solution Partner discount, total.</summary>
    public decimal ResellerDiscount { get; set; } = 2060m;

    /// <summary>Solution Partner commission, total.</summary>
    public decimal ResellerCommissionTotal { get; set; }

    /// <summary>Solution Partner commission, last 30 days.</summary>
    public decimal ResellerCommissionLast30Days { get; set; }
}
