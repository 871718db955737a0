
namespace LiveChat.Partners.ContractTests.Infrastructure;

/// <summary>Inputs that look like a partner's: unique names, real images, a test card.</summary>
public static class TestData
{
    private static int _counter;

    /// <summary>A name no other test uses (campaign names and token labels must be unique per account).</summary>
    public static string Unique(string prefix) => $"{prefix} {Interlocked.Increment(ref _counter)} {Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>A unique client email.</summary>
    public static string Email(string who) => $"{who}.{Guid.NewGuid():N}@example.com";


    /// <summary>Gets a single-use Recurly token for a valid test card through the SDK's Recurly call.</summary>
    public static async Task<string> RecurlyTokenAsync(LiveChatPartnersClient client, Action<Js.V1.Token.TokenRequestBuilder.TokenRequestBuilderGetQueryParameters>? change = null)
    {
        var token = await client.Js.V1.Token.GetAsync(request =>
        {
            Card(request.QueryParameters);
            change?.Invoke(request.QueryParameters);
        });
        Assert.NotNull(token);
        Assert.False(string.IsNullOrWhiteSpace(token.Id));
        return token.Id;
    }

    /// <summary>Fills the Recurly query with the reference's public key and a valid test card.</summary>
    public static void Card(Js.V1.Token.TokenRequestBuilder.TokenRequestBuilderGetQueryParameters card)
    {
        card.Key = "ewr1-QCXZap10wOSm13fxI4u5Jt";
        card.FirstName = "Joe";
        card.LastName = "Doe";
        card.Number = "4111111111111111";
        card.Month = "12";
        card.Year = (DateTime.UtcNow.Year + 3).ToString(System.Globalization.CultureInfo.InvariantCulture);
        card.VerificationValue = "123";
        card.Address1 = "Awesome Company";
        card.Address2 = "Wall Street 123";
        card.City = "New York";
        card.State = "NY";
        card.Zip = "10005";
        card.Country = "US";
    }

    /// <summary>An Expert profile that satisfies every rule.</summary>
    public static ExpertProfileRequest ExpertProfile(string company = "Acme Experts") => new()
    {
        Company = company,
        Phone = "123456789",
        Description = "We build chat integrations for online shops.",
        ShortDescription = "Chat integrations for shops",
        Country = "US",
        Website = "https://example.com",
        Categories = ["api-and-integrations", "outsourcing-customer-service"],
        Projects = ["https://example.com/project"],
        Agents = AgentsRange.SixToFifteen,
        Languages = ["EN", "PL"],
        HourRate = "50",
        ProjectRate = "500",
        Twitter = "https://twitter.com/acme",
    };
}
