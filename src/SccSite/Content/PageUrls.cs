using SccSite.Config;

namespace SccSite.Content;

/// <summary>Pretty URLs: "priorities/energy" in English becomes /en/priorities/energy/ written as .../index.html.</summary>
public static class PageUrls
{
    /// <summary>The Atom feed of a language: /en/feed.xml.</summary>
    public const string FeedFile = "feed.xml";

    /// <summary>The search page of a language: /en/search/.</summary>
    public const string SearchSlug = "search/";

    /// <summary>The folder of the search index at the site root: /pagefind/.</summary>
    public const string SearchBundle = "pagefind";

    /// <summary>The site-relative folder of a page, without leading slash: "en/priorities/energy/".</summary>
    public static string Folder(string language, string pathKey)
    {
        var segments = pathKey.Split('/').ToList();
        if (segments[^1] == "index") segments.RemoveAt(segments.Count - 1);
        return segments.Count == 0 ? $"{language}/" : $"{language}/{string.Join('/', segments)}/";
    }

    public static string Url(SiteConfig config, string language, string pathKey) => config.BasePath + Folder(language, pathKey);

    public static string Destination(string language, string pathKey) => Folder(language, pathKey) + "index.html";
}
