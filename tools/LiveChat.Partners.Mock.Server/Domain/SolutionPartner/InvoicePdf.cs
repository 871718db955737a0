using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LiveChat.Partners.Mock.Domain.SolutionPartner;

/// <summary>Renders a license invoice as a real, small, one-page PDF.</summary>
public static class InvoicePdf
{
    /// <summary>The reference's example invoice (for forced <c>Prefer: code=200</c> responses).</summary>
    public static byte[] Sample() => Render(
        new License { Id = "123", ClientName = "Joe Doe", ClientEmail = "joe@example.com", CreatedAt = WireTime.Parse("2018-03-03 09:38:33"), PaymentOrigin = PaymentOrigin.Client, DataCenter = DataCenter.Dal },
        new Invoice(123, WireTime.Parse("2018-03-03 09:38:33"), Plan.Team, 10, BillingCycle.Monthly, 312m, InvoiceStatus.Paid),
        "xyz");

    /// <summary>The PDF bytes of <paramref name="invoice"/> of <paramref name="license"/>.</summary>
    public static byte[] Render(License license, Invoice invoice, string partnerId)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"Invoice {invoice.InvoiceNo}";
        document.Info.Author = "LiveChat Partners mock server";
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var title = new XFont(InvoiceFontResolver.FamilyName, 20, XFontStyleEx.Bold);
            var text = new XFont(InvoiceFontResolver.FamilyName, 11, XFontStyleEx.Regular);
            graphics.DrawString($"Invoice {invoice.InvoiceNo}", title, XBrushes.Black, new XPoint(50, 70));
            string[] lines =
            [
                $"Date: {WireTime.Format(invoice.Date)}",
                $"Partner: {partnerId}",
                $"License: {license.Id} ({license.ClientName}, {license.ClientEmail})",
                $"Plan: {Words(invoice.Plan)}, {invoice.Seats} seats, {Words(invoice.BillingCycle)}",
                $"Amount: ${invoice.Amount.ToString("0.00", CultureInfo.InvariantCulture)}",
                $"Status: {Words(invoice.Status)}",
                "Issued by the LiveChat Partners mock server - not a real invoice.",
            ];
            for (var i = 0; i < lines.Length; i++)
            {
                graphics.DrawString(lines[i], text, XBrushes.Black, new XPoint(50, 110 + (i * 20)));
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>A value as a reader of the invoice reads it (<c>team</c>, <c>monthly</c>).</summary>
    private static string Words(Enum value) => value.ToString().ToLowerInvariant();
}
