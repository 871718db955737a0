using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace LiveChat.Partners.TestSupport;

/// <summary>Real PNG and JPEG files for the Expert logo rules (a .png or .jpg of 350×350 to 1000×1000 px).</summary>
public static class TestImages
{
    /// <summary>A PNG of the given size: one colour, or seeded noise (which barely compresses) with <paramref name="noisy"/>.</summary>
    public static byte[] Png(int width, int height, bool noisy = false)
    {
        using var image = Filled(width, height, noisy);
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    /// <summary>A JPEG of the given size.</summary>
    public static byte[] Jpeg(int width, int height)
    {
        using var image = Filled(width, height, noisy: false);
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream);
        return stream.ToArray();
    }

    private static Image<Rgba32> Filled(int width, int height, bool noisy)
    {
        var image = new Image<Rgba32>(width, height, new Rgba32(10, 120, 200));
        if (noisy)
        {
            var random = new Random(7);
            image.ProcessPixelRows(rows =>
            {
                for (var y = 0; y < rows.Height; y++)
                {
                    foreach (ref var pixel in rows.GetRowSpan(y))
                    {
                        pixel = new Rgba32((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
                    }
                }
            });
        }

        return image;
    }
}
