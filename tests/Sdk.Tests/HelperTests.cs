using System.Net;
using LiveChat.Partners.Models;

namespace LiveChat.Partners.Tests;

/// <summary>Helpers where the URL or the body is awkward: withdrawal invoice id, logo upload, invoice PDF.</summary>
public class HelperTests
{
    [Fact]
    public async Task Withdrawal_invoice_by_its_slashed_id_in_one_call()
    {
        var stub = new StubHandler().Then(HttpStatusCode.OK, """{"company":"Your Company","amount":1500.5}""");
        using var client = TestClients.Create(stub);

        var invoice = await client.GetWithdrawalInvoiceAsync("2019/2/xyz");

        Assert.Equal("/v2/partners/affiliates/withdrawals/invoices/2019/2/xyz", stub.Requests[0].Uri.AbsolutePath);
        Assert.Equal(1500.5m, invoice!.Amount);
    }

    [Theory]
    [InlineData("2019/02/xyz", 2019, 2, "xyz")]
    [InlineData("2020/12/partner-1.a_b", 2020, 12, "partner-1.a_b")]
    public void Withdrawal_invoice_id_parses(string text, int year, int month, string partner)
    {
        var id = WithdrawalInvoiceId.Parse(text);
        Assert.Equal((year, month, partner), (id.Year, id.Month, id.PartnerId));
        Assert.Equal($"{year}/{month}/{partner}", id.ToString());
    }

    [Theory]
    [InlineData("2019-2-xyz")]
    [InlineData("2019/13/xyz")]
    [InlineData("19/2/xyz")]
    [InlineData("2019/2/")]
    [InlineData("2019/2/x/y")]
    [InlineData("2019/2/x%2Fy")]
    public async Task Malformed_withdrawal_invoice_id_is_refused_before_any_request(string text)
    {
        var stub = new StubHandler();
        using var client = TestClients.Create(stub);

        await Assert.ThrowsAsync<FormatException>(() => client.GetWithdrawalInvoiceAsync(text));
        Assert.Throws<FormatException>(() => WithdrawalInvoiceId.Parse(text));
        Assert.False(WithdrawalInvoiceId.TryParse(text, out _));
        Assert.Empty(stub.Requests);
    }

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0];

    [Fact]
    public async Task Logo_upload_from_a_png_stream_sends_image_png_and_the_whole_image()
    {
        var stub = new StubHandler().Then(HttpStatusCode.OK, """{"result":"https://cdn.example/logo.png"}""");
        using var client = TestClients.Create(stub);

        var result = await client.UploadExpertLogoAsync(new NonSeekableStream(Png));

        Assert.Equal("https://cdn.example/logo.png", result!.Result);
        var request = stub.Requests[0];
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/v2/partners/experts/profile/logo", request.Uri.AbsolutePath);
        Assert.Equal("image/png", request.ContentType);
        Assert.Equal(Png, request.BodyBytes);
        Assert.Equal($"Bearer {TestClients.Token}", request.Authorization);
    }

    [Fact]
    public async Task Logo_upload_from_a_seekable_stream_announces_its_length_from_where_the_stream_stood()
    {
        long? length = null;
        var stub = new StubHandler().Then(request =>
        {
            length = request.Content?.Headers.ContentLength;
            return StubHandler.Json(HttpStatusCode.OK, """{"result":"https://cdn.example/logo.png"}""");
        });
        using var client = TestClients.Create(stub);
        var image = new MemoryStream([0xAA, 0xBB, .. Png]) { Position = 2 };

        await client.UploadExpertLogoAsync(image);

        Assert.Equal(Png.Length, length);
        Assert.Equal(Png, stub.Requests[0].BodyBytes);
        Assert.True(image.CanRead, "the caller's stream is not disposed");
    }

    [Fact]
    public void A_prefixed_stream_seeks_across_its_prefix_and_the_rest()
    {
        var rest = new MemoryStream([9, 1, 2, 3, 4]) { Position = 1 };
        using var stream = new PrefixedStream([7, 8], 2, rest);

        Assert.Equal(6, stream.Length);
        Assert.Equal([7, 8, 1, 2, 3, 4], ReadAll(stream));
        stream.Position = 1;
        Assert.Equal([8, 1, 2, 3, 4], ReadAll(stream));
        Assert.Equal(4, stream.Seek(-2, SeekOrigin.End));
        Assert.Equal([3, 4], ReadAll(stream));
        Assert.Throws<IOException>(() => stream.Seek(-1, SeekOrigin.Begin));
        Assert.False(new PrefixedStream([7], 1, new NonSeekableStream([1])).CanSeek);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task Logo_upload_from_a_jpeg_file_sends_image_jpeg()
    {
        var stub = new StubHandler().Then(HttpStatusCode.OK, """{"result":"https://cdn.example/logo.jpg"}""");
        using var client = TestClients.Create(stub);
        var path = Path.Combine(Path.GetTempPath(), $"logo-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(path, Jpeg);
        try
        {
            await client.UploadExpertLogoAsync(path);
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Equal("image/jpeg", stub.Requests[0].ContentType);
    }

    [Fact]
    public async Task Logo_that_is_neither_png_nor_jpeg_is_refused_before_any_request()
    {
        var stub = new StubHandler();
        using var client = TestClients.Create(stub);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.UploadExpertLogoAsync(new MemoryStream("GIF89a..."u8.ToArray())));

        Assert.Contains("PNG or JPEG", error.Message);
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public void Media_type_detection_reads_magic_bytes()
    {
        Assert.Equal("image/png", LogoMediaType.Detect(Png));
        Assert.Equal("image/jpeg", LogoMediaType.Detect(Jpeg));
        Assert.Null(LogoMediaType.Detect("%PDF-1.7"u8));
        Assert.Null(LogoMediaType.Detect([]));
    }

    private static readonly byte[] Pdf = "%PDF-1.4\n%fake invoice\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task Invoice_pdf_as_a_stream()
    {
        var stub = new StubHandler().Then(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Pdf) { Headers = { ContentType = new("application/pdf") } } });
        using var client = TestClients.Create(stub);

        await using var pdf = await client.GetLicenseInvoicePdfAsync("123", 42);
        using var copy = new MemoryStream();
        await pdf.CopyToAsync(copy);

        Assert.Equal(Pdf, copy.ToArray());
        Assert.Equal("/v2/partners/resellers/licenses/123/invoices/42", stub.Requests[0].Uri.AbsolutePath);
    }

    [Fact]
    public async Task Invoice_pdf_saved_to_a_file()
    {
        var stub = new StubHandler().Then(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Pdf) { Headers = { ContentType = new("application/pdf") } } });
        using var client = TestClients.Create(stub);
        var path = Path.Combine(Path.GetTempPath(), $"invoice-{Guid.NewGuid():N}.pdf");
        try
        {
            var written = await client.SaveLicenseInvoicePdfAsync("123", 42, path);

            Assert.Equal(Pdf.Length, written);
            Assert.Equal(Pdf, await File.ReadAllBytesAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Missing_invoice_throws_and_writes_no_file()
    {
        var stub = new StubHandler().Then(HttpStatusCode.NotFound, """{"error":{"type":"not_found","message":"invoice not found"}}""");
        using var client = TestClients.Create(stub);
        var path = Path.Combine(Path.GetTempPath(), $"invoice-{Guid.NewGuid():N}.pdf");

        var error = await Assert.ThrowsAsync<ErrorResponse>(() => client.SaveLicenseInvoicePdfAsync("123", 7, path));

        Assert.Equal(LiveChatPartnersErrorTypes.NotFound, error.ErrorType);
        Assert.False(File.Exists(path));
    }

    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
