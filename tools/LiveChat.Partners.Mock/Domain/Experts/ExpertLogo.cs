using LiveChat.Partners.Mock.Errors;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;

namespace LiveChat.Partners.Mock.Domain.Experts;

/// <summary>
/// The Expert logo rule, checked from the image itself (not its name or Content-Type): a PNG or JPEG
/// between 350×350 and 1000×1000 pixels, in the format its Content-Type announces.
/// </summary>
public static class ExpertLogo
{
    /// <summary>The smallest accepted width and height.</summary>
    public const int MinPixels = 350;

    /// <summary>The largest accepted width and height.</summary>
    public const int MaxPixels = 1000;

    /// <summary>Checks the image; returns its file extension (<c>png</c> or <c>jpg</c>). Throws a 400 on a bad file.</summary>
    public static string Check(byte[] image, string? contentType)
    {
        IImageInfo? info;
        SixLabors.ImageSharp.Formats.IImageFormat? format;
        try
        {
            info = Image.Identify(image, out format);
        }
        catch (Exception e) when (e is ImageFormatException or UnknownImageFormatException or InvalidImageContentException)
        {
            throw ApiErrorException.Validation("body", "is not a readable PNG or JPEG image");
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

        if (info.Width < MinPixels || info.Height < MinPixels || info.Width > MaxPixels || info.Height > MaxPixels)
        {
            throw ApiErrorException.Validation("body", $"must be between {MinPixels}x{MinPixels} and {MaxPixels}x{MaxPixels} px, got {info.Width}x{info.Height}");
        }

        return format == PngFormat.Instance ? "png" : "jpg";
    }
}
