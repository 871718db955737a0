using LiveChat.Partners.Mock.Domain.Account;
using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Domain.SolutionPartner;

/// <summary>
/// The Solution Partner's client licenses and their rules: one license per client email (409),
/// <c>data_center</c> default <c>dal</c>, trial and coupon applied only for <c>payment_origin=client</c>,
/// subscriptions (409 when one exists / does not exist), every subscription call under
/// <see cref="SubscriptionManagement"/> (who manages the subscription), closing (403 on a wrong password).
/// Every method checks all its rules before it changes anything.
/// </summary>
public sealed class LicenseBook
{
    /// <summary>Trial days when the request names none.</summary>
    public const int DefaultTrialDays = 14;

    /// <summary>Most periods one catch-up invoices for a license (a clock moved a century on stops there, expired).</summary>
    public const int MaxRenewalsPerCatchUp = 1200;

    private readonly List<License> _licenses = [];
    private readonly List<License> _created = [];
    private long _lastLicenseId = 10000;
    private long _lastInvoiceNo = 1000;

    /// <summary>Most objects of this kind (creating one more gets 429).</summary>
    public ObjectCap Cap { get; set; } = ObjectCap.None;

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

    /// <summary>Every license, in the order they were added.</summary>
    public IReadOnlyList<License> All => _licenses;

    /// <summary>Whether <paramref name="license"/> follows the clock and adds to the active counts (created, not seeded).</summary>
    public bool IsLive(License license) => _created.Contains(license);

    /// <summary>
    /// Adds an imported license (<paramref name="live"/>: it follows the clock and adds to the active counts, as a
    /// created one); the next license id and invoice number follow the largest imported ones.
    /// </summary>
    public void Restore(License license, bool live)
    {
        _licenses.Add(license);
        if (live)
        {
            _created.Add(license);
        }

        if (long.TryParse(license.Id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            _lastLicenseId = Math.Max(_lastLicenseId, id);
        }

        _lastInvoiceNo = Math.Max(_lastInvoiceNo, license.Invoices.Select(i => i.InvoiceNo).DefaultIfEmpty(0).Max());
    }

    /// <summary>
    /// Brings the licenses created in this sandbox up to <paramref name="now"/> (the seeded ones stay the reference's
    /// picture): each renewing subscription whose period has ended is invoiced for the next period, at the price
    /// less the license's discount, and its <c>end_timestamp</c> moves on by the billing cycle; any other license
    /// whose <c>end_timestamp</c> has passed (a trial, a subscription closed at the end of its cycle, one the client
    /// pays for) expires: <c>expired: true</c>, neither paid nor in trial. Inferred: the reference states no lifecycle.
    /// </summary>
    public void CatchUp(DateTimeOffset now)
    {
        foreach (var license in _created)
        {
            for (var renewals = 0; !license.Expired && license.EndsAt is { } ends && ends <= now; renewals++)
            {
                if (license.HasSubscription && license.Recurrent && renewals < MaxRenewalsPerCatchUp)
                {
                    var amount = PlanPrice.Amount(license.Plan, license.Seats, license.BillingCycle, license.DiscountPercent);
                    license.TotalDiscount += PlanPrice.Amount(license.Plan, license.Seats, license.BillingCycle, 0) - amount;
                    license.Invoices.Insert(0, new Invoice(NextInvoiceNo(), ends, license.Plan, license.Seats, license.BillingCycle, amount, InvoiceStatus.Paid));
                    license.EndsAt = license.BillingCycle == BillingCycle.Annual ? ends.AddYears(1) : ends.AddMonths(1);
                    continue;
                }

                license.Expired = true;
                license.Paid = false;
                license.InTrial = false;
                license.HasSubscription = false;
                license.Recurrent = false;
            }
        }
    }

    /// <summary>The next invoice number.</summary>
    public long NextInvoiceNo() => ++_lastInvoiceNo;

    /// <summary>The license <paramref name="id"/>; 404 when the Partner has none with that id.</summary>
    public License Get(string id) =>
        _licenses.FirstOrDefault(l => l.Id == id) ?? throw ApiErrorException.NotFound("license not found", "license_id");

    /// <summary>
    /// Creates a license for a client. <paramref name="trialDuration"/> and the coupon's discount apply only when
    /// the client pays; a license the Partner pays for gets the default trial and the Partner's discount. A
    /// <paramref name="couponId"/> not assigned to the Partner is 403 whoever pays.
    /// </summary>
    public License Create(string clientName, string clientEmail, PaymentOrigin paymentOrigin, int? trialDuration, long? couponId, CouponBook coupons, int partnerDiscountPercent, DataCenter? dataCenter, string? purchaseOrder, DateTimeOffset now)
    {
        var coupon = couponId is { } id ? coupons.RequireOwned(id) : null;

        if (_licenses.Any(l => string.Equals(l.ClientEmail, clientEmail, StringComparison.OrdinalIgnoreCase)))
        {
            throw ApiErrorException.Conflict("this client_email already has a LiveChat license", "client_email");
        }

        Cap.EnsureRoom(_licenses.Count, "Solution Partner licenses");

        var clientPays = paymentOrigin == PaymentOrigin.Client;
        var license = new License
        {
            Id = (++_lastLicenseId).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ClientName = clientName,
            ClientEmail = clientEmail,
            PurchaseOrder = purchaseOrder ?? string.Empty,
            CreatedAt = now,
            EndsAt = now.AddDays(clientPays ? trialDuration ?? DefaultTrialDays : DefaultTrialDays),
            PaymentOrigin = paymentOrigin,
            DataCenter = dataCenter ?? DataCenter.Dal,
            DiscountPercent = clientPays ? coupon?.DiscountPercent ?? 0 : partnerDiscountPercent,
            InTrial = true,
        };
        license.Operators.Add(new Operator(clientEmail, clientName, OperatorPermission.Owner));
        _licenses.Add(license);
        _created.Add(license);
        return license;
    }

    /// <summary>Checks that a subscription can be created (404, the management rule, 409); the caller then redeems the card token and calls <see cref="StartSubscription"/>.</summary>
    public License EnsureCanSubscribe(string id)
    {
        var license = SubscriptionManagement.EnsureManagedByPartner(Get(id), SubscriptionCall.Create);
        if (license.HasSubscription)
        {
            throw ApiErrorException.Conflict("subscription already exists", "license_id");
        }

        return license;
    }

    /// <summary>
    /// Starts a paid subscription and issues its first invoice: the plan's price less the Partner's discount,
    /// which becomes the license's <see cref="License.DiscountPercent"/> and adds to its <see cref="License.TotalDiscount"/>.
    /// </summary>
    public void StartSubscription(License license, Plan plan, BillingCycle billingCycle, int seats, int partnerDiscountPercent, DateTimeOffset now)
    {
        license.HasSubscription = true;
        license.Recurrent = true;
        license.InTrial = false;
        license.Paid = true;
        license.CcAdded = true;
        license.Expired = false;
        license.DiscountPercent = partnerDiscountPercent;
        ApplyPlan(license, plan, billingCycle, seats, now);
        var amount = PlanPrice.Amount(plan, seats, billingCycle, partnerDiscountPercent);
        license.TotalDiscount += PlanPrice.Amount(plan, seats, billingCycle, 0) - amount;
        license.Invoices.Insert(0, new Invoice(NextInvoiceNo(), now, plan, seats, billingCycle, amount, InvoiceStatus.Paid));
    }

    /// <summary>Changes the plan of the Partner's subscription (404, the management rule, 409 when there is none).</summary>
    public License UpdateSubscription(string id, Plan plan, BillingCycle billingCycle, int seats, DateTimeOffset now)
    {
        var license = SubscriptionManagement.EnsureManagedByPartner(Get(id), SubscriptionCall.Update);
        if (!license.HasSubscription)
        {
            throw ApiErrorException.Conflict("subscription doesn't exist", "license_id");
        }

        ApplyPlan(license, plan, billingCycle, seats, now);
        return license;
    }

    /// <summary>
    /// Checks that the Partner may close the subscription (404, the management rule); the caller then checks the
    /// password and calls <see cref="Close"/>.
    /// </summary>
    public License EnsureCanClose(string id) => SubscriptionManagement.EnsureManagedByPartner(Get(id), SubscriptionCall.Close);

    /// <summary>
    /// Closes the subscription: at the end of the billing cycle, or now with <paramref name="expire"/>. Closing a
    /// license that has no subscription (a trial, or one closed before) changes nothing but what
    /// <paramref name="expire"/> asks: <c>DELETE</c> is idempotent.
    /// </summary>
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

    /// <summary>
    /// Checks that the Partner may update the license's billing (404, the management rule); the caller then
    /// redeems the card token and calls <see cref="AddCard"/>.
    /// </summary>
    public License EnsureCanUpdateBilling(string id) => SubscriptionManagement.EnsureManagedByPartner(Get(id), SubscriptionCall.UpdateBilling);

    /// <summary>Puts a card on the license (with or without a subscription: a trial with a card counts in <c>trials_cc</c>).</summary>
    public static void AddCard(License license) => license.CcAdded = true;

    /// <summary>The operators of a license the Partner manages (404; 403 when the client manages it).</summary>
    public IReadOnlyList<Operator> OperatorsOf(string id) => SubscriptionManagement.EnsureManagedByPartner(Get(id), SubscriptionCall.ListOperators).Operators;

    /// <summary>
    /// Moves subscription management to the client, making <paramref name="newOwner"/> the owner. The Partner's
    /// subscription and card go with the move: the license keeps what is paid, but shows no card
    /// (<c>cc_added: false</c>, as the reference's example), no Partner subscription and no Partner discount.
    /// </summary>
    public License MoveToClient(string id, string newOwner)
    {
        var license = SubscriptionManagement.EnsureManagedByPartner(Get(id), SubscriptionCall.MoveToClient);
        var owner = license.Operators.FirstOrDefault(o => string.Equals(o.Login, newOwner, StringComparison.OrdinalIgnoreCase))
            ?? throw ApiErrorException.Validation("new_owner", "must be one of the license's operators");
        for (var i = 0; i < license.Operators.Count; i++)
        {
            var op = license.Operators[i];
            if (op == owner)
            {
                license.Operators[i] = op with { Permission = OperatorPermission.Owner };
            }
            else if (op.Permission == OperatorPermission.Owner)
            {
                license.Operators[i] = op with { Permission = OperatorPermission.Administrator };
            }
        }

        license.PaymentOrigin = PaymentOrigin.Client;
        license.CcAdded = false;
        license.HasSubscription = false;
        license.Recurrent = false;
        license.DiscountPercent = 0;
        return license;
    }

    private static void ApplyPlan(License license, Plan plan, BillingCycle billingCycle, int seats, DateTimeOffset now)
    {
        license.Plan = plan;
        license.BillingCycle = billingCycle;
        license.Seats = seats;
        license.EndsAt = billingCycle == BillingCycle.Annual ? now.AddYears(1) : now.AddMonths(1);
    }
}
