using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace LiveChat.Partners.Mock.Tests.Infrastructure;

/// <summary>Real images for the Expert logo rules.</summary>
public static class Images
{
    /// <summary>A PNG of the given size.</summary>
    public static byte[] Png(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(10, 120, 200));
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    /// <summary>A JPEG of the given size.</summary>
    public static byte[] Jpeg(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(200, 120, 10));
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream);
        return stream.ToArray();
    }
}
