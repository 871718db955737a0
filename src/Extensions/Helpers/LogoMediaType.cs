namespace LiveChat.Partners;

/// <summary>Detects the Expert logo's media type from its first bytes (the API accepts PNG and JPEG).</summary>
public static class LogoMediaType
{
    /// <summary><c>image/png</c>.</summary>
    public const string Png = "image/png";

    /// <summary><c>image/jpeg</c>.</summary>
    public const string Jpeg = "image/jpeg";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The number of leading bytes <see cref="Detect"/> needs.</summary>
    public const int HeaderLength = 8;

    /// <summary>Returns <see cref="Png"/> or <see cref="Jpeg"/> from the file signature, or null for anything else.</summary>
    /// <param name="header">The first bytes of the image (at least 3 for JPEG, 8 for PNG).</param>
    /// <returns>The media type, or null when the bytes are neither PNG nor JPEG.</returns>
    public static string? Detect(ReadOnlySpan<byte> header)
    {
        if (header.Length >= PngSignature.Length && header.Slice(0, PngSignature.Length).SequenceEqual(PngSignature)) return Png;
        if (header.Length >= 3 && header[0] == 0xFF && header[1] == 0xD8 && header[2] == 0xFF) return Jpeg;
        return null;
    }
}
