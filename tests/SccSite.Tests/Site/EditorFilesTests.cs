using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Site;

/// <summary>Files editors and systems leave beside real ones are never read, in input/ or theme/; anything else that is not Markdown stays an error.</summary>
public class EditorFilesTests
{
    public static TheoryData<string> EditorFiles() =>
    [
        "input/en/.about.md.swp", "input/en/about.md~", "input/en/#about.md#", "input/en/.#about.md", "input/en/.DS_Store",
        "input/en/about.md.swx", "input/en/about.md___jb_tmp___", "input/en/about.md.tmp", "input/ru/.hidden/page.md",
        "input/.DS_Store", "input/static/images/.block.png.swp", "theme/layouts/.page.html.swp", "theme/layouts/page.html~",
        "theme/assets/css/.site.css.swp", "theme/assets/css/#site.css#", "input/.git/config",
    ];

    [Theory]
    [MemberData(nameof(EditorFiles))]
    public void An_editor_temp_file_is_ignored(string path)
    {
        using var site = TempSite.Fixture();
        var clean = site.Build();
        Assert.True(clean.Succeeded);
        var before = Snapshot(site.Output);
        site.Write(path, "this would break the build if it were read: {{ oops");
        var result = SiteBuilder.Build(site.Options() with { Force = true });
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(before, Snapshot(site.Output));
    }

    [Fact]
    public void Any_other_file_that_is_not_markdown_is_still_an_error()
    {
        using var site = TempSite.Fixture();
        site.Write("input/en/notes.txt", "notes");
        var error = Assert.Single(site.Build().Errors);
        Assert.Equal("input/en/notes.txt", error.File);
        Assert.Contains("Only Markdown pages (.md) belong in a language folder.", error.Message);
    }

    private static string Snapshot(string folder) => string.Join("\n",
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(folder, f) + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))));
}
