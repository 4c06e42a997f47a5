using System.Text.RegularExpressions;

namespace SccSite.BrowserTests.Infrastructure;

/// <summary>
/// One representative page per kind of a language, told by the layout's &lt;article class="page page-KIND"&gt;.
/// Section pages are told apart by folder ("section priorities", "section events"), since each has its own layout.
/// </summary>
public static partial class PageKinds
{
    public static readonly string[] Labels =
        ["home", "section priorities", "section initiatives", "section events", "priority", "initiative", "event", "page", "search", "not-found"];

    /// <summary>The kinds the screenshots cover: home and one page of each kind.</summary>
    public static readonly string[] ScreenshotLabels =
        ["home", "section priorities", "section initiatives", "section events", "priority", "initiative", "event", "page", "search", "not-found"];

    public static SitePage Find(ServedSite site, string language, string label) =>
        site.Pages.Where(p => p.Language == language).FirstOrDefault(p => LabelOf(p) == label)
        ?? throw new InvalidOperationException($"The built site has no {label} page in {language}.");

    public static string? LabelOf(SitePage page)
    {
        var match = ArticleKind().Match(File.ReadAllText(page.File));
        if (!match.Success) return null;
        var kind = match.Groups[1].Value;
        return kind == "section" ? $"section {page.PathInLanguage.TrimEnd('/')}" : kind;
    }

    [GeneratedRegex("""<article class="page page-([a-z-]+)""")]
    private static partial Regex ArticleKind();
}
