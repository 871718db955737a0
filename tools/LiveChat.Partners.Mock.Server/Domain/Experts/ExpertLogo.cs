using LiveChat.Partners.Mock.Errors;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace LiveChat.Partners.Mock.Domain.Experts;

/// <summary>
/// The Expert logo rule, checked from the image itself (not its name or Content-Type): a PNG or JPEG
/// within the document's pixel limits (<see cref="LogoDimensions"/>), in the format its Content-Type announces,
/// complete and decodable.
/// </summary>
/// <remarks>
/// The header is read first (<see cref="Image.Identify(byte[], out SixLabors.ImageSharp.Formats.IImageFormat)"/>) and the
/// dimensions checked before any pixel is decoded, so a file announcing a huge image (a decompression bomb) is refused
/// without allocating it: the full decode that follows allocates at most the largest accepted image. A file cut short (its PNG
/// <c>IEND</c> chunk or JPEG end-of-image marker missing) or whose pixel data does not decode is an incorrect file.
/// </remarks>
public static class ExpertLogo
{
    private static readonly byte[] PngEnd = [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]; // "IEND" + its CRC

    /// <summary>Checks the image; returns its file extension (<c>png</c> or <c>jpg</c>). Throws a 400 on a bad file.</summary>
    public static string Check(byte[] image, string? contentType, LogoDimensions limits)
    {
        IImageInfo? info;
        SixLabors.ImageSharp.Formats.IImageFormat? format;
        try
        {
            info = Image.Identify(image, out format);
        }
        catch (Exception e) when (IsBadImage(e))
        {
            throw Unreadable();
        }

        if (info is null || format is null || (format != PngFormat.Instance && format != JpegFormat.Instance))
        {
            throw ApiErrorException.Validation("body", "must be a .png or .jpg image");
        }

        var declared = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (declared is not null && !format.MimeTypes.Contains(declared))
        {
            throw ApiErrorException.Validation("body", $"is a {format.Name} image but Content-Type says {declared}");
        }

        if (!limits.Allow(info.Width, info.Height))
        {
            throw ApiErrorException.Validation("body", $"must be between {limits}, got {info.Width}x{info.Height}");
        }

        if (!IsComplete(image, format))
        {
            throw ApiErrorException.Validation("body", "is not a complete PNG or JPEG image (the file is cut short)");
        }

        DecodeFully(image);
        return format == PngFormat.Instance ? "png" : "jpg";
    }

    /// <summary>Whether the file ends as its format says a file ends (PNG: the IEND chunk; JPEG: the EOI marker).</summary>
    private static bool IsComplete(byte[] image, SixLabors.ImageSharp.Formats.IImageFormat format)
    {
        if (format == PngFormat.Instance)
        {
            return image.AsSpan().IndexOf(PngEnd) >= 0;
        }

        // Some encoders pad after the end-of-image marker; only trailing zero bytes are tolerated.
        var end = image.Length;
        while (end > 0 && image[end - 1] == 0)
        {
            end--;
        }

        return end >= 2 && image[end - 2] == 0xFF && image[end - 1] == 0xD9;
    }

    /// <summary>Decodes every pixel (the dimensions were checked first, so this allocates at most the largest accepted image).</summary>
    private static void DecodeFully(byte[] image)
    {
        try
        {
            using var decoded = Image.Load<Rgba32>(image);
        }
        catch (Exception e) when (IsBadImage(e))
        {
            throw Unreadable();
        }
    }

    private static bool IsBadImage(Exception e) =>
        e is ImageFormatException or UnknownImageFormatException or InvalidImageContentException or NotSupportedException or EndOfStreamException or IndexOutOfRangeException or ArgumentException;

    private static ApiErrorException Unreadable() => ApiErrorException.Validation("body", "is not a readable PNG or JPEG image");
}
