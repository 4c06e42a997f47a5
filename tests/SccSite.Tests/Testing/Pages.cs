using SccSite.Config;
using SccSite.Content;
using SccSite.Engine;

namespace SccSite.Tests.Testing;

/// <summary>Builders for documents and contexts in module tests.</summary>
public static class Pages
{
    public static SiteConfig Config { get; } = SiteConfigLoader.Parse(
        File.ReadAllText(Path.Combine(Repo.FixtureSite, "input", "site.yml")), "input/site.yml");

    public static BuildContext Context() => new(Config, SiteData.Empty, new BuildPaths("/site/input", "/site/theme", "/site/output"), Drafts.Excluded);

    /// <summary>A read page: language folder, path inside it, and the file's text.</summary>
    public static Document Source(string language, string relativePath, string text) =>
        Document.Create($"input/{language}/{relativePath}").With(new SourceFile(language, relativePath, $"input/{language}/{relativePath}", text));

    public static string Page(string frontMatter, string body = "Body.") => $"---\n{frontMatter.Trim()}\n---\n\n{body}\n";
}
