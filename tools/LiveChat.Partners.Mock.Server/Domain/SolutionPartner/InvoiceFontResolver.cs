using PdfSharp.Fonts;

namespace LiveChat.Partners.Mock.Domain.SolutionPartner;

/// <summary>Gives PDFsharp the font it ships (Segoe WP), so invoices render on any OS without system fonts.</summary>
public sealed class InvoiceFontResolver : IFontResolver
{
    /// <summary>The family name invoices use.</summary>
    public const string FamilyName = "Segoe WP";

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "SegoeWP-Bold" : "SegoeWP");

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) =>
        faceName == "SegoeWP-Bold" ? PdfSharp.WPFonts.FontDataHelper.SegoeWPBold : PdfSharp.WPFonts.FontDataHelper.SegoeWP;
}
