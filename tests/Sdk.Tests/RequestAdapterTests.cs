using System.Net;
using System.Text;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace LiveChat.Partners.Tests;

/// <summary>
/// The SDK's request adapter (<c>SdkRequestAdapter</c>) against what Kiota's <c>HttpClientRequestAdapter</c> does for the
/// same request: the message sent, the request options the handlers read, and which answers have no body.
/// </summary>
public class RequestAdapterTests
{
    private const string ProfileJson = """{"partner_id":"xyz","login":"p@example.com","first_name":"Pat"}""";

    [Fact]
    public async Task A_request_asks_for_HTTP2_where_the_server_offers_it_as_Kiota_does()
    {
        Version? sent = null;
        var stub = new StubHandler().Then(request =>
        {
            sent = request.Version;
            return StubHandler.Json(HttpStatusCode.OK, ProfileJson);
        });
        using var client = TestClients.Create(stub);

        await client.GetAsync();

        Assert.Equal(new Version(2, 0), sent);
        Assert.Null(stub.Requests.Single().Body); // a GET carries no body
    }

    [Fact]
    public async Task A_body_is_sent_with_its_media_type_and_length()
    {
        long? length = null;
        var stub = new StubHandler().Then(request =>
        {
            length = request.Content?.Headers.ContentLength;
            return StubHandler.Json(HttpStatusCode.Created, """{"id":"1","name":"Spring campaign"}""");
        });
        using var client = TestClients.Create(stub);

        var created = await client.Affiliates.Livechat.Campaigns.PostAsync(new Models.CreateLiveChatCampaignRequest { Name = "Spring campaign", TrialDuration = 30 });

        var sent = stub.Requests.Single();
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("application/json", sent.ContentType);
        Assert.Contains("\"name\":\"Spring campaign\"", sent.Body);
        Assert.Contains("\"trial_duration\":30", sent.Body);
        Assert.Equal(sent.BodyBytes!.Length, length);
        Assert.Equal("Spring campaign", created?.Name);
    }

    [Fact]
    public async Task Headers_inspection_options_reach_Kiotas_handler()
    {
        var stub = new StubHandler().Then(HttpStatusCode.OK, ProfileJson, r => r.Headers.Add("X-Request-Id", "req-42"));
        using var client = TestClients.Create(stub);
        var inspection = new HeadersInspectionHandlerOption { InspectRequestHeaders = true, InspectResponseHeaders = true };

        var profile = await client.GetAsync(c => c.Options.Add(inspection));

        Assert.Equal("xyz", profile?.PartnerId);
        Assert.Equal(["req-42"], inspection.ResponseHeaders["X-Request-Id"]);
        Assert.Equal(["application/json"], inspection.RequestHeaders["Accept"]);
    }

    [Fact]
    public async Task A_response_handler_gets_the_raw_answer_instead_of_the_model()
    {
        var stub = new StubHandler().Then(HttpStatusCode.OK, ProfileJson, r => r.Headers.Add("X-Request-Id", "req-7"));
        using var client = TestClients.Create(stub);
        var native = new NativeResponseHandler();

        var profile = await client.GetAsync(c => c.Options.Add(new ResponseHandlerOption { ResponseHandler = native }));

        Assert.Null(profile);
        using var response = Assert.IsType<HttpResponseMessage>(native.Value);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["req-7"], response.Headers.GetValues("X-Request-Id"));
        Assert.Equal(ProfileJson, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_204_is_no_model()
    {
        var stub = new StubHandler().Then(_ => new HttpResponseMessage(HttpStatusCode.NoContent));
        using var client = TestClients.Create(stub);

        Assert.Null(await client.GetAsync());
    }

    [Fact]
    public async Task An_empty_body_of_known_length_is_no_model()
    {
        var stub = new StubHandler().Then(_ => Answer(new ByteArrayContent([])));
        using var client = TestClients.Create(stub);

        Assert.Null(await client.GetAsync());
    }

    [Fact]
    public async Task An_empty_body_of_unknown_length_is_no_model()
    {
        var stub = new StubHandler().Then(_ => Answer(new StreamContent(new ForwardOnlyStream([]))));
        using var client = TestClients.Create(stub);

        Assert.Null(await client.GetAsync());
    }

    [Fact]
    public async Task A_body_of_unknown_length_is_read_whole()
    {
        var stub = new StubHandler().Then(_ => Answer(new StreamContent(new ForwardOnlyStream(Encoding.UTF8.GetBytes(ProfileJson)))));
        using var client = TestClients.Create(stub);

        var profile = await client.GetAsync();

        Assert.Equal("xyz", profile?.PartnerId);
        Assert.Equal("p@example.com", profile?.Login);
    }

    [Fact]
    public async Task A_body_without_a_media_type_is_no_model()
    {
        var stub = new StubHandler().Then(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(ProfileJson)) });
        using var client = TestClients.Create(stub);

        Assert.Null(await client.GetAsync());
    }

    [Fact]
    public async Task The_native_request_is_the_message_the_handlers_get()
    {
        var stub = new StubHandler();
        using var http = new HttpClient(stub);
        var adapter = new SdkRequestAdapter(http, LiveChatPartnersSettings.From(new LiveChatPartnersClientOptions { Token = TestClients.Token }), LiveChat.Partners.Serialization.SdkParseNodeFactories.Create());
        var info = new LiveChatPartnersClient(adapter).Resellers.Licenses["123"].ToGetRequestInformation();

        using var message = await adapter.ConvertToNativeRequestAsync<HttpRequestMessage>(info);

        Assert.NotNull(message);
        Assert.Equal(HttpMethod.Get, message!.Method);
        Assert.Equal(new Uri("https://api.livechatinc.com/v2/partners/resellers/licenses/123"), message.RequestUri);
        Assert.Equal(["application/json"], message.Headers.GetValues("Accept"));
        Assert.Equal(0, stub.Count); // converted, not sent
    }

    private static HttpResponseMessage Answer(HttpContent content)
    {
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }

    /// <summary>A body as a connection gives it when its length is not announced: read once, no length, no seeking.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) _inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
