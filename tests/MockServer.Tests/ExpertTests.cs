using LiveChat.Partners.TestSupport;
using System.Net;
using System.Net.Http.Headers;
using LiveChat.Partners.Mock.Tests.Infrastructure;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>Expert: logo first (png/jpg, 350..1000 px, checked from the image), profile rules, 403 until an Expert.</summary>
[Collection(MockServerCollection.Name)]
public sealed class ExpertTests(MockServerFixture server)
{
    private static object Profile(params string[] categories) => new
    {
        company = "ACME Inc",
        phone = "123456789",
        description = "We build great chat integrations.",
        short_description = "Chat integrations",
        country = "PL",
        website = "https://acme.example.com",
        categories = categories.Length == 0 ? ["api-and-integrations"] : categories,
        projects = new[] { "https://example.com/project" },
        hour_rate = "50",
    };

    private static async Task<HttpResponseMessage> UploadAsync(SandboxClient api, byte[] image, string contentType)
    {
        var content = new ByteArrayContent(image);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return await api.Http.PostAsync("/v2/partners/experts/profile/logo", content);
    }

    [Theory]
    [InlineData("/experts/profile")]
    [InlineData("/experts/comments")]
    [InlineData("/experts/stats")]
    [InlineData("/experts/history")]
    public async Task Not_an_expert_yet_is_403(string path)
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.GetAsync(path), HttpStatusCode.Forbidden, "authorization");
    }

    [Fact]
    public async Task Profile_before_the_logo_is_403()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await api.PostAsync("/experts/profile", Profile()), HttpStatusCode.Forbidden, "authorization");
        await Expect.ErrorAsync(await api.PutAsync("/experts/profile", Profile()), HttpStatusCode.Forbidden, "authorization");
    }

    [Theory]
    [InlineData(350, 350, "image/png")]
    [InlineData(1000, 1000, "image/png")]
    [InlineData(500, 400, "image/jpeg")]
    public async Task Logos_within_the_bounds_are_accepted(int width, int height, string type)
    {
        var api = await server.NewSandboxAsync();
        var image = type == "image/png" ? TestImages.Png(width, height) : TestImages.Jpeg(width, height);
        var body = await Expect.JsonAsync(await UploadAsync(api, image, type), HttpStatusCode.OK);
        Assert.EndsWith(type == "image/png" ? ".png" : ".jpg", (string?)body["result"]);
    }

    [Theory]
    [InlineData(349, 400)]
    [InlineData(400, 1001)]
    public async Task Logos_outside_the_bounds_are_400(int width, int height)
    {
        var api = await server.NewSandboxAsync();
        var error = await Expect.ErrorAsync(await UploadAsync(api, TestImages.Png(width, height), "image/png"), HttpStatusCode.BadRequest, "validation", "body");
        Assert.Contains($"{width}x{height}", Expect.ReasonFor(error, "body"));
    }

    [Fact]
    public async Task A_logo_that_is_not_an_image_is_400()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await UploadAsync(api, "not an image at all"u8.ToArray(), "image/png"), HttpStatusCode.BadRequest, "validation", "body");
    }

    [Fact]
    public async Task A_jpeg_sent_as_png_is_400()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await UploadAsync(api, TestImages.Jpeg(400, 400), "image/png"), HttpStatusCode.BadRequest, "validation", "body");
    }

    [Fact]
    public async Task A_gif_content_type_is_415()
    {
        var api = await server.NewSandboxAsync();
        await Expect.ErrorAsync(await UploadAsync(api, TestImages.Png(400, 400), "image/gif"), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Fact]
    public async Task Logo_then_profile_makes_the_partner_an_expert()
    {
        var api = await server.NewSandboxAsync();
        await Expect.JsonAsync(await UploadAsync(api, TestImages.Png(400, 400), "image/png"), HttpStatusCode.OK);
        var saved = await Expect.JsonAsync(await api.PostAsync("/experts/profile", Profile()), HttpStatusCode.OK);
        Assert.Equal("pending", (string?)saved["status"]);
        Assert.Equal("50", (string?)saved["hour_rate"]);
        Assert.Equal("", (string?)saved["facebook"]);
        var profile = await Expect.JsonAsync(await api.GetAsync("/experts/profile"), HttpStatusCode.OK);
        Assert.Equal("ACME Inc", (string?)profile["company"]);
        await Expect.JsonAsync(await api.GetAsync("/experts/comments"), HttpStatusCode.OK);
        var stats = await Expect.JsonAsync(await api.GetAsync("/experts/stats"), HttpStatusCode.OK);
        Assert.Equal(2, (int)stats["comments"]!);
        await Expect.JsonAsync(await api.GetAsync("/experts/history"), HttpStatusCode.OK);
        var account = await Expect.JsonAsync(await api.GetAsync(string.Empty), HttpStatusCode.OK);
        Assert.Equal("pending", (string?)account["expert"]!["status"]);
        var updated = await Expect.JsonAsync(await api.PutAsync("/experts/profile", Profile("chat-customization")), HttpStatusCode.OK);
        Assert.Equal(["chat-customization"], updated["categories"]!.Select(c => (string)c!));
    }

    [Fact]
    public async Task Agents_and_languages_are_required_for_outsourcing_and_lead_generation()
    {
        var api = await server.NewSandboxAsync();
        await Expect.JsonAsync(await UploadAsync(api, TestImages.Png(400, 400), "image/png"), HttpStatusCode.OK);
        var error = await Expect.ErrorAsync(await api.PostAsync("/experts/profile", Profile("lead-generation")), HttpStatusCode.BadRequest, "validation", "agents");
        Assert.Contains(error["error"]!["fields"]!, f => (string?)f["name"] == "languages");
        await Expect.ErrorAsync(await api.GetAsync("/experts/profile"), HttpStatusCode.Forbidden, "authorization");
        var body = JObject.FromObject(Profile("outsourcing-customer-service"));
        body["agents"] = "6-15";
        body["languages"] = new JArray("EN", "PL");
        await Expect.JsonAsync(await api.PostAsync("/experts/profile", body.ToString()), HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("categories", "[\"flying\"]", "categories[0]")]
    [InlineData("agents", "\"5+\"", "agents")]
    [InlineData("country", "\"XX\"", "country")]
    [InlineData("company", "\"abc\"", "company")]
    [InlineData("description", "\"short\"", "description")]
    [InlineData("website", "\"not a url\"", "website")]
    [InlineData("languages", "[\"EN\", \"QQ\"]", "languages[1]")]
    public async Task Bad_profile_fields_are_400(string property, string json, string field)
    {
        var api = await server.NewSandboxAsync();
        await Expect.JsonAsync(await UploadAsync(api, TestImages.Png(400, 400), "image/png"), HttpStatusCode.OK);
        var body = JObject.FromObject(Profile());
        body[property] = JToken.Parse(json);
        await Expect.ErrorAsync(await api.PostAsync("/experts/profile", body.ToString()), HttpStatusCode.BadRequest, "validation", field);
    }
}
