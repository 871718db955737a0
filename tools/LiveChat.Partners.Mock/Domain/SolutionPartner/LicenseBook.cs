using LiveChat.Partners.Mock.Domain.Account;
using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Domain.SolutionPartner;

/// <summary>
/// The Solution Partner's client licenses and their rules: one license per client email (409),
/// <c>data_center</c> default <c>dal</c>, trial and coupon only for <c>payment_origin=client</c>,
/// subscriptions (409 when one exists / does not exist), operators and moving to the client
/// (403 when the client manages payment), closing (403 on a wrong password).
/// Every method checks all its rules before it changes anything.
/// </summary>
public sealed class LicenseBook
{
    /// <summary>Trial days when the request names none.</summary>
    public const int DefaultTrialDays = 14;

    private readonly List<License> _licenses = [];
    private readonly List<License> _created = [];
    private long _lastLicenseId = 10000;
    private long _lastInvoiceNo = 1000;

    /// <summary>Most objects of this kind (creating one more gets 429).</summary>
    public int Cap { get; set; } = int.MaxValue;

    /// <summary>Licenses created in <paramref name="range"/>, newest first.</summary>
    public IReadOnlyList<License> In(DateRange range) =>
        _licenses.Where(l => range.Contains(l.CreatedAt)).OrderByDescending(l => l.CreatedAt).ToList();

    /// <summary>
    /// What the licenses created in this sandbox add to the Partner's active counts (the seeded licenses are part of
    /// the seeded totals): trials (not paid, not expired), of which with a credit card, and paid (not expired).
    /// </summary>
    public Account.ActiveLicenseCounts CreatedActiveCounts()
    {
        var live = _created.Where(l => !l.Expired).ToList();
        var trials = live.Where(l => !l.Paid).ToList();
        return new Account.ActiveLicenseCounts(trials.Count, trials.Count(l => l.CcAdded), live.Count(l => l.Paid));
    }

    /// <summary>Adds a seeded license.</summary>
    public void Seed(License license) => _licenses.Add(license);

    /// <summary>The next invoice number.</summary>
    public long NextInvoiceNo() => ++_lastInvoiceNo;

    /// <summary>The license <paramref name="id"/>; 404 when the Partner has none with that id.</summary>
    public License Get(string id) =>
        _licenses.FirstOrDefault(l => l.Id == id) ?? throw ApiErrorException.NotFound("license not found", "license_id");

    /// <summary>Creates a license for a client.</summary>
    public License Create(string clientName, string clientEmail, string paymentOrigin, int? trialDuration, long? couponId, CouponBook coupons, string? dataCenter, string? purchaseOrder, DateTimeOffset now)
    {
        if (paymentOrigin != "client" && trialDuration is not null)
        {
            throw ApiErrorException.Validation("trial_duration", "applies only when payment_origin is client");
        }

        if (paymentOrigin != "client" && couponId is not null)
        {
            throw ApiErrorException.Validation("coupon_id", "applies only when payment_origin is client");
        }

        var coupon = couponId is { } id ? coupons.RequireOwned(id) : null;

        if (_licenses.Any(l => string.Equals(l.ClientEmail, clientEmail, StringComparison.OrdinalIgnoreCase)))
        {
            throw ApiErrorException.Conflict("this client_email already has a LiveChat license", "client_email");
        }

        Hosting.MockServerLimits.EnsureRoom(_licenses.Count, Cap, "Solution Partner licenses");

        var license = new License
        {
            Id = (++_lastLicenseId).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ClientName = clientName,
            ClientEmail = clientEmail,
            PurchaseOrder = purchaseOrder ?? string.Empty,
            CreatedAt = now,
            EndsAt = now.AddDays(trialDuration ?? DefaultTrialDays),
            PaymentOrigin = paymentOrigin,
            DataCenter = dataCenter ?? "dal",
            DiscountPercent = coupon is null ? 0 : 20,
            InTrial = true,
        };
        license.Operators.Add(new Operator(clientEmail, clientName, "owner"));
        _licenses.Add(license);
        _created.Add(license);
        return license;
    }

    /// <summary>Checks that a subscription can be created (404, 409); the caller then redeems the card token and calls <see cref="StartSubscription"/>.</summary>
    public License EnsureCanSubscribe(string id)
    {
        var license = Get(id);
        if (!license.IsManagedByPartner)
        {
            throw ApiErrorException.Conflict("the client manages this license's subscription", "license_id");
        }

        if (license.HasSubscription)
        {
            throw ApiErrorException.Conflict("subscription already exists", "license_id");
        }

        return license;
    }

    /// <summary>Starts a paid subscription and issues its first invoice.</summary>
    public void StartSubscription(License license, string plan, string billingCycle, int seats, int discountPercent, DateTimeOffset now)
    {
        license.HasSubscription = true;
        license.Recurrent = true;
        license.InTrial = false;
        license.Paid = true;
        license.CcAdded = true;
        license.Expired = false;
        ApplyPlan(license, plan, billingCycle, seats, now);
        var amount = PlanPrice.Amount(plan, seats, billingCycle, discountPercent);
        license.TotalDiscount += PlanPrice.Amount(plan, seats, billingCycle, 0) - amount;
        license.Invoices.Insert(0, new Invoice(NextInvoiceNo(), now, plan, seats, billingCycle, amount, "paid"));
    }

    /// <summary>Changes the plan of an existing subscription (404, 409 when there is none).</summary>
    public License UpdateSubscription(string id, string plan, string billingCycle, int seats, DateTimeOffset now)
    {
        var license = Get(id);
        if (!license.HasSubscription)
        {
            throw ApiErrorException.Conflict("subscription doesn't exist", "license_id");
        }

        ApplyPlan(license, plan, billingCycle, seats, now);
        return license;
    }

    /// <summary>Closes the subscription: at the end of the billing cycle, or now with <paramref name="expire"/>.</summary>
    public License Close(License license, bool expire, DateTimeOffset now)
    {
        license.HasSubscription = false;
        license.Recurrent = false;
        if (expire)
        {
            license.Expired = true;
            license.Paid = false;
            license.InTrial = false;
            license.EndsAt = now;
        }

        return license;
    }

    /// <summary>The operators of a license the Partner manages (404; 403 when the client manages payment).</summary>
    public IReadOnlyList<Operator> OperatorsOf(string id) => EnsureManagedByPartner(Get(id)).Operators;

    /// <summary>Moves subscription management to the client, making <paramref name="newOwner"/> the owner.</summary>
    public License MoveToClient(string id, string newOwner)
    {
        var license = EnsureManagedByPartner(Get(id));
        var owner = license.Operators.FirstOrDefault(o => string.Equals(o.Login, newOwner, StringComparison.OrdinalIgnoreCase))
            ?? throw ApiErrorException.Validation("new_owner", "must be one of the license's operators");
        for (var i = 0; i < license.Operators.Count; i++)
        {
            var op = license.Operators[i];
            if (op == owner)
            {
                license.Operators[i] = op with { Permission = "owner" };
            }
            else if (op.Permission == "owner")
            {
                license.Operators[i] = op with { Permission = "administrator" };
            }
        }

        license.PaymentOrigin = "client";
        return license;
    }

    private static License EnsureManagedByPartner(License license) =>
        license.IsManagedByPartner ? license : throw ApiErrorException.Forbidden("subscription is not managed by the Partner", "license_id");

    private static void ApplyPlan(License license, string plan, string billingCycle, int seats, DateTimeOffset now)
    {
        license.Plan = plan;
        license.BillingCycle = billingCycle;
        license.Seats = seats;
        license.EndsAt = billingCycle == "annual" ? now.AddYears(1) : now.AddMonths(1);
    }
}
