using System.Net;
using LiveChat.Partners.Mock.Tests.Infrastructure;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>
/// Lengths are counted in characters (Unicode code points) as JSON Schema counts them, not in UTF-16 units:
/// an emoji is one character (two UTF-16 units), a combining accent is a character of its own. Campaign names are
/// 5–100 characters (the document's <c>CampaignName</c>).
/// </summary>
[Collection(MockServerCollection.Name)]
public sealed class LengthTests(MockServerFixture server)
{
    private const string Emoji = "😀";
    private const string CombiningAcute = "\u0301";

    private static string Times(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    private async Task<HttpResponseMessage> CreateCampaignAsync(string name)
    {
        var api = await server.NewSandboxAsync();
        return await api.PostAsync("/affiliates/livechat/campaigns", new { name, trial_duration = 14 });
    }

    [Fact]
    public async Task Four_emoji_are_too_short_for_a_campaign_name_although_they_are_8_UTF16_units()
    {
        var error = await Expect.ErrorAsync(await CreateCampaignAsync(Times(Emoji, 4)), HttpStatusCode.BadRequest, "validation", "name");
        Assert.Equal("must be at least 5 characters", Expect.ReasonFor(error, "name"));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(100)]
    public async Task Five_to_a_hundred_emoji_are_a_valid_campaign_name(int count)
    {
        var created = await Expect.JsonAsync(await CreateCampaignAsync(Times(Emoji, count)), HttpStatusCode.Created);
        Assert.Equal(Times(Emoji, count), (string?)created["name"]);
    }

    [Fact]
    public async Task A_hundred_and_one_emoji_are_too_long_for_a_campaign_name()
    {
        var error = await Expect.ErrorAsync(await CreateCampaignAsync(Times(Emoji, 101)), HttpStatusCode.BadRequest, "validation", "name");
        Assert.Equal("must be at most 100 characters", Expect.ReasonFor(error, "name"));
    }

    [Fact]
    public async Task A_combining_accent_counts_as_a_character_of_its_own()
    {
        // "Cafe" + U+0301 reads as 4 letters ("Café") but is 5 code points: long enough.
        var created = await Expect.JsonAsync(await CreateCampaignAsync("Cafe" + CombiningAcute), HttpStatusCode.Created);
        Assert.Equal("Cafe" + CombiningAcute, (string?)created["name"]);

        // 99 letters and an accented e: 100 visible letters, 101 code points: too long.
        var error = await Expect.ErrorAsync(await CreateCampaignAsync(new string('a', 99) + "e" + CombiningAcute), HttpStatusCode.BadRequest, "validation", "name");
        Assert.Equal("must be at most 100 characters", Expect.ReasonFor(error, "name"));
    }

    [Fact]
    public async Task Emoji_next_to_combining_characters_are_counted_one_code_point_each()
    {
        // 2 emoji + "a" + U+0301 + "b" = 5 code points (7 UTF-16 units, 4 graphemes).
        await Expect.JsonAsync(await CreateCampaignAsync(Times(Emoji, 2) + "a" + CombiningAcute + "b"), HttpStatusCode.Created);

        // 2 emoji + "a" + U+0301 = 4 code points (6 UTF-16 units): too short.
        await Expect.ErrorAsync(await CreateCampaignAsync(Times(Emoji, 2) + "a" + CombiningAcute), HttpStatusCode.BadRequest, "validation", "name");
    }
}
