namespace LiveChat.Partners.Mock.Domain.Experts;

/// <summary>
/// The pixel limits of an Expert logo, as the document states them (<c>x-image-dimensions</c> of
/// <c>uploadExpertLogo</c>; the reference: "min. 350x350px, max. 1000x1000px").
/// </summary>
/// <param name="MinWidth">The smallest accepted width.</param>
/// <param name="MinHeight">The smallest accepted height.</param>
/// <param name="MaxWidth">The largest accepted width.</param>
/// <param name="MaxHeight">The largest accepted height.</param>
public sealed record LogoDimensions(int MinWidth, int MinHeight, int MaxWidth, int MaxHeight)
{
    /// <summary>Whether an image of <paramref name="width"/> × <paramref name="height"/> pixels is within the limits.</summary>
    public bool Allow(int width, int height) => width >= MinWidth && height >= MinHeight && width <= MaxWidth && height <= MaxHeight;

    /// <summary>The limits as a reader reads them: <c>350x350 and 1000x1000 px</c>.</summary>
    public override string ToString() => $"{MinWidth}x{MinHeight} and {MaxWidth}x{MaxHeight} px";
}
