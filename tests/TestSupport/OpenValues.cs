namespace LiveChat.Partners.TestSupport;

/// <summary>
/// A license detail answer with values the reference does not list (a plan, billing cycle, payment
/// origin and data center the API might add tomorrow), for the tests that prove every client reads
/// an open response value without failing (issue 11, item 9).
/// </summary>
public static class OpenValues
{
    /// <summary>A license whose enum-like fields hold values no client was generated with.</summary>
    public const string LicenseJson = """
        {"license":"123","client_name":"Joe Doe","client_email":"joe@example.com","purchase_order":"",
         "creation_timestamp":"2019-03-06 12:59:13","end_timestamp":"","cc_added":true,"paid":true,"seats":12,
         "plan":"enterprise","billing_cycle":"biennial","total_discount":0,"discount_percent":0,"expired":false,
         "blocked":false,"payment_origin":"reseller","conversations":403,"conversations_last_30_days":195,
         "total_commission":125,"commission_percent":20,"data_center":"sgp",
         "recurly":{"subscriber":false,"in_trial":true,"recurrent":false}}
        """;
}
