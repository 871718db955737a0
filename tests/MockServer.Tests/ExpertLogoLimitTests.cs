using LiveChat.Partners.Mock.Domain.Experts;
using LiveChat.Partners.Mock.Errors;
using LiveChat.Partners.Mock.Spec;
using LiveChat.Partners.TestSupport;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>The Expert logo's pixel limits come from the document's <c>x-image-dimensions</c>, not from a copy in the mock.</summary>
public sealed class ExpertLogoLimitTests
{
    /// <summary>Reference, Upload Logo: "`.jpg` or `.png` image, min. 350x350px, max. 1000x1000px" - as the document's <c>x-image-dimensions</c> states it.</summary>
    [Fact]
    public async Task The_logo_limits_are_the_documents_x_image_dimensions()
    {
        var document = await PartnerApiDocument.LoadAsync(SpecDocument.Path, CancellationToken.None);

        Assert.Equal(new LogoDimensions(350, 350, 1000, 1000), ImageDimensionsExtension.ExpertLogo(document));
    }

    /// <summary>A document with other limits gives other limits: the mock keeps no second copy of them.</summary>
    [Fact]
    public async Task A_document_with_other_limits_changes_what_the_logo_rule_accepts()
    {
        var yaml = await File.ReadAllTextAsync(SpecDocument.Path);
        var edited = yaml.Replace("        max-width: 1000\n", "        max-width: 600\n", StringComparison.Ordinal);
        Assert.NotEqual(yaml, edited);
        var path = Path.Combine(Path.GetTempPath(), $"livechat-partners-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(path, edited);
        try
        {
            var limits = ImageDimensionsExtension.ExpertLogo(await PartnerApiDocument.LoadAsync(path, CancellationToken.None));

            Assert.Equal(600, limits.MaxWidth);
            Assert.Equal("png", ExpertLogo.Check(TestImages.Png(600, 400), "image/png", limits));
            var error = Assert.Throws<ApiErrorException>(() => ExpertLogo.Check(TestImages.Png(601, 400), "image/png", limits));
            Assert.Equal(400, error.Status);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
