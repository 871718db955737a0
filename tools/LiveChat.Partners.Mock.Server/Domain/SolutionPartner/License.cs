namespace LiveChat.Partners.Mock.Domain.SolutionPartner;

/// <summary>A Solution Partner's client license, its subscription state, invoices and operators.</summary>
public sealed class License
{
    /// <summary>The license id (a number sent as a string).</summary>
    public required string Id { get; init; }

    /// <summary>Client's full name.</summary>
    public required string ClientName { get; init; }

    /// <summary>Client's email.</summary>
    public required string ClientEmail { get; init; }

    /// <summary>The Partner's custom reference.</summary>
    public string PurchaseOrder { get; init; } = string.Empty;

    /// <summary>When the license was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the trial or paid period ends.</summary>
    public DateTimeOffset? EndsAt { get; set; }

    /// <summary>Whether a card was added.</summary>
    public bool CcAdded { get; set; }

    /// <summary>Whether the license is paid.</summary>
    public bool Paid { get; set; }

    /// <summary>Seats.</summary>
    public int Seats { get; set; } = 100;

    /// <summary>The sales plan.</summary>
    public Plan Plan { get; set; } = Plan.Team;

    /// <summary>The billing cycle.</summary>
    public BillingCycle BillingCycle { get; set; } = BillingCycle.Monthly;

    /// <summary>The discount the license has received so far: list price less what its invoices charged.</summary>
    public decimal TotalDiscount { get; set; }

    /// <summary>The discount, percent, the license gets: the Partner's Solution Partner discount, or a client license's coupon.</summary>
    public int DiscountPercent { get; set; }

    /// <summary>Whether the license has expired.</summary>
    public bool Expired { get; set; }

    /// <summary>Whether the license is blocked.</summary>
    public bool Blocked { get; set; }

    /// <summary>Who manages the subscription and pays for it.</summary>
    public required PaymentOrigin PaymentOrigin { get; set; }

    /// <summary>Conversations, total.</summary>
    public int Conversations { get; set; }

    /// <summary>Conversations, last 30 days.</summary>
    public int ConversationsLast30Days { get; set; }

    /// <summary>Commission earned on the license.</summary>
    public decimal TotalCommission { get; set; }

    /// <summary>Commission, percent.</summary>
    public int CommissionPercent { get; set; } = 20;

    /// <summary>Where the client's data is stored.</summary>
    public required DataCenter DataCenter { get; init; }

    /// <summary>Whether Recurly has a subscription for the license (created by the Partner).</summary>
    public bool HasSubscription { get; set; }

    /// <summary>Whether the license is in its trial.</summary>
    public bool InTrial { get; set; } = true;

    /// <summary>Whether the subscription renews.</summary>
    public bool Recurrent { get; set; }

    /// <summary>The license's invoices, newest first.</summary>
    public List<Invoice> Invoices { get; } = [];

    /// <summary>The license's owner, administrators and agents.</summary>
    public List<Operator> Operators { get; } = [];

    /// <summary>Whether the Partner (not the client) manages the subscription (<see cref="SubscriptionManagement"/>).</summary>
    public bool IsManagedByPartner => PaymentOrigin == PaymentOrigin.Partner;
}
