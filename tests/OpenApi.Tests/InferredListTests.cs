namespace LiveChat.Partners.OpenApi.Tests;

/// <summary>Issue 11: a partner sees at a glance where the mock guesses (<c>docs/inferred.md</c>).</summary>
public sealed class InferredListTests
{
    private static string Path => System.IO.Path.Combine(SpecFiles.Root, "docs", "inferred.md");

    [Fact]
    public async Task Inferred_md_lists_every_x_inferred_mark_of_the_document()
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);
        var rendered = InferredList.Render(document);
        if (Environment.GetEnvironmentVariable("LIVECHAT_WRITE_DOCS") == "1")
        {
            await File.WriteAllTextAsync(Path, rendered);
        }

        Assert.True(File.Exists(Path), "docs/inferred.md is missing: LIVECHAT_WRITE_DOCS=1 dotnet test tests/OpenApi.Tests --filter Inferred");
        Assert.Equal(rendered, (await File.ReadAllTextAsync(Path)).ReplaceLineEndings("\n").Replace("\n", Environment.NewLine, StringComparison.Ordinal));
        Assert.Equal(InferredList.Marks(document).Count(), rendered.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| where", StringComparison.Ordinal)));
    }
}
