using LiveChat.Partners.TestSupport;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace LiveChat.Partners.Reliability.Security;

/// <summary>One test per fix made to the mock for issue 7 (each failed before its fix).</summary>
[Collection(ReliabilityCollection.Name)]
public sealed class MockFixesTests(ReliabilityServer server)
{
    [Fact]
    public async Task An_anonymous_request_such_as_the_Recurly_call_is_journaled_server_wide_without_secrets()
    {
        using var anonymous = server.Anonymous();
        var year = DateTime.UtcNow.Year + 2;
        var query = $"key=ewr1-QCXZap10wOSm13fxI4u5Jt&first_name=Joe&last_name=Doe&number=4111111111111111&month=12&year={year}&verification_value=123&address2=x&city=NY&state=NY&zip=10005&country=US";
        using var recurly = await anonymous.GetAsync(new Uri("/js/v1/token?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, recurly.StatusCode);
        using var unknown = new HttpRequestMessage(HttpMethod.Get, new Uri("/v2/partners", UriKind.Relative));
        unknown.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "a-made-up-secret-token");
        using var refused = await anonymous.SendAsync(unknown);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var journal = await anonymous.GetStringAsync(new Uri("/_mock/journal", UriKind.Relative));
        var entries = (JArray)JObject.Parse(journal)["result"]!;
        var call = entries.Last(e => (string?)e["path"] == "/js/v1/token");
        Assert.Equal("getRecurlyToken", (string?)call["operation_id"]);
        Assert.False(((JObject)call["headers"]!).ContainsKey("Authorization"));
        Assert.Contains(entries, e => (string?)e["path"] == "/v2/partners" && (int)e["status"]! == 401);
        Assert.DoesNotContain("4111111111111111", journal);
        Assert.DoesNotContain("a-made-up-secret-token", journal);
        Assert.Equal("[redacted]", (string?)call["query"]!["verification_value"]);

        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.DeleteAsync(new Uri("/_mock/journal", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_truncated_PNG_logo_gets_400_not_200()
    {
        var (_, http) = await server.NewSandboxAsync();
        using var _ = http;
        var png = TestImages.Png(400, 400, noisy: true);
        foreach (var cut in new[] { 64, png.Length / 2, png.Length - 12 })
        {
            using var content = new ByteArrayContent(png[..cut]);
            content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            using var response = await http.PostAsync(new Uri("/v2/partners/experts/profile/logo", UriKind.Relative), content);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{cut}/{png.Length} bytes: {(int)response.StatusCode}");
            Assert.Null(ErrorBodyShape.Problem(await response.Content.ReadAsStringAsync()));
        }

        using var whole = new ByteArrayContent(png);
        whole.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync(new Uri("/v2/partners/experts/profile/logo", UriKind.Relative), whole)).StatusCode);
    }

    [Fact]
    public async Task A_decompression_bomb_logo_is_refused_from_its_header_without_decoding_it()
    {
        var (_, http) = await server.NewSandboxAsync();
        using var _ = http;

        // A small PNG whose header announces 20000×20000 (1.6 GB of pixels once decoded).
        var bomb = WithSize(TestImages.Png(400, 400), 20_000, 20_000);
        var before = GC.GetTotalMemory(forceFullCollection: false);
        using var content = new ByteArrayContent(bomb);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var response = await http.PostAsync(new Uri("/v2/partners/experts/profile/logo", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("20000x20000", await response.Content.ReadAsStringAsync());
        Assert.True(GC.GetTotalMemory(forceFullCollection: false) - before < 200L * 1024 * 1024, "the bomb was decoded");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/html")]
    [InlineData("application/octet-stream")]
    [InlineData(null)]
    public async Task A_password_sent_with_a_wrong_content_type_is_not_journaled(string? contentType)
    {
        var (sandbox, http) = await server.NewSandboxAsync();
        using var _ = http;
        var password = sandbox.Credentials.Password!;
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes($"{{\"current_password\":\"{password}\",\"new_password\":\"N3w-s3cret-pass!\"}}"));
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        using var response = await http.PutAsync(new Uri("/v2/partners/password", UriKind.Relative), content);
        Assert.True((int)response.StatusCode is >= 400 and < 500);
        using var form = new StringContent($"password={password}&token=abc", Encoding.UTF8, "text/plain");
        using var second = await http.PutAsync(new Uri("/v2/partners/password", UriKind.Relative), form);

        using var admin = server.Anonymous();
        var journal = await admin.GetStringAsync(new Uri($"/_mock/sandboxes/{sandbox.PartnerId}/journal", UriKind.Relative));
        Assert.DoesNotContain(password, journal);
        Assert.DoesNotContain("N3w-s3cret-pass!", journal);
    }

    [Fact]
    public async Task A_GET_with_a_form_content_type_is_answered_as_without_it_not_with_a_500()
    {
        var (_, http) = await server.NewSandboxAsync();
        using var _ = http;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/v2/partners/tokens", UriKind.Relative))
        {
            Content = new StringContent("{}", Encoding.UTF8, "multipart/form-data"),
        };
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Rewrites a PNG's IHDR width and height (and its CRC).</summary>
    private static byte[] WithSize(byte[] png, int width, int height)
    {
        var patched = (byte[])png.Clone();
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(patched.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(patched.AsSpan(20), height);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(patched.AsSpan(29), Crc32(patched.AsSpan(12, 17)));
        return patched;
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

}
