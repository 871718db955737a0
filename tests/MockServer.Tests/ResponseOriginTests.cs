using System.Reflection;
using LiveChat.Partners.Mock.Admin;
using LiveChat.Partners.Mock.Pipeline;
using LiveChat.Partners.Mock.Spec;
using KitOrigins = LiveChat.Partners.Testing.ResponseOrigins;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>
/// Who answered a request (a journal entry's <c>origin</c>, the keys of a coverage status's <c>origins</c>): the mock's
/// <see cref="ResponseOrigin"/>, the admin document's open <c>ResponseOrigin</c> (<c>x-extensible-enum</c>) and the
/// testing kit's <see cref="KitOrigins"/> constants name the same values.
/// </summary>
public sealed class ResponseOriginTests
{
    [Fact]
    public async Task The_mock_the_admin_document_and_the_kit_name_the_same_origins()
    {
        var document = await PartnerApiDocument.LoadAsync(AdminApiDocument.DefaultPath, CancellationToken.None);
        var listed = ((IEnumerable<object>)document.Document.Components.Schemas["ResponseOrigin"].ExtensionData!["x-extensible-enum"]!)
            .Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!).Order(StringComparer.Ordinal).ToList();
        var mock = Enum.GetValues<ResponseOrigin>().Select(o => o.WireName()).Order(StringComparer.Ordinal);
        var kit = typeof(KitOrigins).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal);

        Assert.NotEmpty(listed);
        Assert.Equal(listed, mock);
        Assert.Equal(listed, kit);
    }
}
