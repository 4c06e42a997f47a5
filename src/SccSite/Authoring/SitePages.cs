using SccSite.Config;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Translations;

namespace SccSite.Authoring;

/// <summary>A page file read for editing: its text as stored, and its parsed front matter.</summary>
public sealed record SitePage(TextFile File, SourceFile Source, FrontMatter Meta);

/// <summary>Reads every page of every language for an edit that touches many (a move), without building the site.</summary>
public static class SitePages
{
    public static IReadOnlyList<SitePage> Read(BuildPaths paths, SiteConfig config)
    {
        var pages = new List<SitePage>();
        var errors = new List<BuildError>();
        foreach (var language in config.Languages)
        {
            var root = Path.Combine(paths.Input, language.Code);
            if (!Directory.Exists(root)) continue;
            foreach (var full in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var file = TextFile.Read(full);
                var source = new SourceFile(language.Code, Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/'), paths.Display(full), file.Text);
                try
                {
                    pages.Add(new SitePage(file, source, FrontMatterParser.Parse(source, language.Code == config.DefaultLanguage)));
                }
                catch (BuildException e)
                {
                    errors.AddRange(e.Errors);
                }
            }
        }
        if (errors.Count > 0) throw new BuildException(errors);
        return pages;
    }
}
