using System.Net;

namespace LiveChat.Partners.Tests;

/// <summary>Wire formats: UTC timestamps (empty allowed), money as decimal, date filters as YYYY-MM-DD.</summary>
public class FormatTests
{
    [Fact]
    public void Timestamp_is_read_as_utc_whatever_the_machine_zone()
    {
        var value = LiveChatTimestamp.Parse("2018-03-06 15:14:26");

        Assert.Equal(new DateTimeOffset(2018, 3, 6, 15, 14, 26, TimeSpan.Zero), value);
        Assert.Equal(TimeSpan.Zero, value!.Value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Empty_timestamp_is_null(string? wire) => Assert.Null(LiveChatTimestamp.Parse(wire));

    [Theory]
    [InlineData("2018-03-06T15:14:26Z")]
    [InlineData("06/03/2018 15:14:26")]
    [InlineData("2018-13-06 15:14:26")]
    public void Malformed_timestamp_throws(string wire)
    {
        Assert.Throws<FormatException>(() => LiveChatTimestamp.Parse(wire));
        Assert.False(LiveChatTimestamp.TryParse(wire, out _));
    }

    [Fact]
    public void Timestamp_is_written_in_utc()
    {
        var local = new DateTimeOffset(2018, 3, 6, 17, 14, 26, TimeSpan.FromHours(2));
        Assert.Equal("2018-03-06 15:14:26", LiveChatTimestamp.ToWireString(local));
        Assert.Equal(string.Empty, LiveChatTimestamp.ToWireString(null));
    }

    [Fact]
    public async Task Model_timestamps_have_typed_views()
    {
        var stub = new StubHandler().Then(HttpStatusCode.OK,
            """{"result":[{"client_email":"w...n@l...c","creation_timestamp":"2018-03-01 16:11:26","end_timestamp":"","cc_added":false,"paid":false,"seats":100,"plan":"team","billing_cycle":"monthly","chat_installed":false,"conversations":0,"total_commission":0,"commission_percent":20,"utm_medium":"banner","utm_content":"","utm_term":"","campaign_name":"default_link","blocked":false}]}""");
        using var client = TestClients.Create(stub);

        var licenses = await client.Affiliates.Livechat.Licenses.GetAsync();

        var license = Assert.Single(licenses!.Result!);
        Assert.Equal(new DateTimeOffset(2018, 3, 1, 16, 11, 26, TimeSpan.Zero), license.CreationTime);
        Assert.Null(license.EndTime);
    }

    [Fact]
    public async Task Money_is_an_exact_decimal()
    {
        var stub = new StubHandler().Then(HttpStatusCode.OK,
            """{"result":[{"campaign":"My campaign","medium":"banner","content":"v29","term":"","clicks":100,"trials":50,"trial_percent":50,"paid":10,"paid_percent":20,"commission":178.45,"chat_installations":34,"aha":27}]}""");
        using var client = TestClients.Create(stub);

        var report = await client.Affiliates.Livechat.Performance.GetAsync();

        Assert.Equal(178.45m, report!.Result![0].Commission);
    }

    [Fact]
    public async Task Earnings_amounts_are_decimals()
    {
        var stub = new StubHandler().Then(HttpStatusCode.OK, """{"balance":200.10,"blocked":0,"commission_total":7316.99,"commission_last_30_days":1380,"withdrawals":7116,"pending":0}""");
        using var client = TestClients.Create(stub);

        var earnings = await client.Earnings.GetAsync();

        Assert.Equal(200.10m, earnings!.Balance);
        Assert.Equal(7316.99m, earnings.CommissionTotal);
    }

#if !SDK_ASSET_NETSTANDARD2_0 // DateOnly overloads: the net8.0 asset only
    [Fact]
    public async Task Date_filters_from_DateOnly_are_sent_as_yyyy_mm_dd()
    {
        var stub = new StubHandler().Then(HttpStatusCode.OK, """{"result":[]}""");
        using var client = TestClients.Create(stub);

        await client.Resellers.Licenses.GetAsync(q =>
        {
            q.QueryParameters.DateFrom = new DateOnly(2024, 1, 5).ToLiveChatDate();
            q.QueryParameters.DateTo = new DateOnly(2024, 12, 31).ToLiveChatDate();
        });

        Assert.Equal("?date_from=2024-01-05&date_to=2024-12-31", stub.Requests[0].Uri.Query);
        Assert.Equal(new DateOnly(2024, 1, 5), new DateOnly(2024, 1, 5).ToLiveChatDate().ToDateOnly());
    }
#endif
}
