using System.Net;
using LiveChat.Partners.Models;
using LiveChat.Partners.TestSupport;

namespace LiveChat.Partners.Tests;

/// <summary>
/// Responses stay open: a value the API adds tomorrow (or a legacy one) is read as it is, never a failure
/// (issue 11, item 9). Request enums stay strict; <see cref="KnownValue"/> maps a known value back to one.
/// </summary>
public sealed class OpenValueTests
{
    [Fact]
    public async Task A_license_with_values_the_document_does_not_list_is_read_as_sent()
    {
        var stub = new StubHandler().Then(HttpStatusCode.OK, OpenValues.LicenseJson);
        using var client = TestClients.Create(stub);

        var license = await client.Resellers.Licenses["123"].GetAsync();

        Assert.Equal("enterprise", license?.Plan);
        Assert.Equal("biennial", license?.BillingCycle);
        Assert.Equal("reseller", license?.PaymentOrigin);
        Assert.Equal("sgp", license?.DataCenter);
        Assert.Null(KnownValue.As<Plan>(license?.Plan));
    }

    [Theory]
    [InlineData("team", Plan.Team)]
    [InlineData("starter", Plan.Starter)]
    public void A_known_response_value_maps_to_the_request_enum(string wire, Plan expected) =>
        Assert.Equal(expected, KnownValue.As<Plan>(wire));

    [Fact]
    public void The_reference_legacy_agents_value_is_not_a_request_value()
    {
        Assert.Equal(AgentsRange.SixToFifteen, KnownValue.As<AgentsRange>("6-15"));
        Assert.Null(KnownValue.As<AgentsRange>("5+"));
    }
}
