namespace SccSite.BrowserTests.Infrastructure;

/// <summary>
/// A throw-away copy of a site's input/ and theme/ that a negative proof breaks on purpose
/// before building it (the originals are never touched).
/// </summary>
public sealed class SiteCopy : IDisposable
{
    private SiteCopy(string inputSource, string themeSource)
    {
        Root = Path.Combine(Path.GetTempPath(), "sccsite-faulty-" + Guid.NewGuid().ToString("N")[..12]);
        Copy(inputSource, Input);
        Copy(themeSource, Theme);
    }

    /// <summary>The unit tests' small fixture site with the real theme.</summary>
    public static SiteCopy OfFixture() => new(Repo.FixtureInput, Repo.Theme);

    public string Root { get; }
    public string Input => Path.Combine(Root, "input");
    public string Theme => Path.Combine(Root, "theme");

    /// <summary>Changes one file, relative to the copy's root (e.g. "theme/layouts/base.html"); fails when the change did nothing.</summary>
    public void Edit(string relativePath, Func<string, string> change)
    {
        var path = Path.Combine(Root, relativePath);
        var before = File.ReadAllText(path);
        var after = change(before);
        if (after == before) throw new InvalidOperationException($"The edit of {relativePath} changed nothing: the fixture has moved on, update the negative proof.");
        File.WriteAllText(path, after);
    }

    /// <summary>Adds a file, relative to the copy's root (e.g. "input/static/planted.js").</summary>
    public void AddFile(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    /// <summary>
    /// Adds raw HTML to the end of a page's body, e.g. "en/about.md". Markdown refuses raw HTML, so it
    /// is planted in the theme's article partial, right after the body, for that page only.
    /// </summary>
    public void AppendToPage(string relativeInputPath, string html)
    {
        var url = relativeInputPath[..^".md".Length] + "/";
        Edit("theme/partials/article.html", text => text.Replace(
            "{{ it.page.content }}\n",
            $"{{{{ it.page.content }}}}\n{{{{ if it.page.url == site.base_path + \"{url}\" }}}}\n{html}\n{{{{ end }}}}\n",
            StringComparison.Ordinal));
    }

    public Task<ServedSite> BuildAndServeAsync(string? baseUrl = null) => ServedSite.BuildAndServeAsync(Input, Theme, baseUrl);

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
