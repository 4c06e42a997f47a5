using System.Text.Json.Nodes;
using SccSite.Config;
using SccSite.Content;
using SccSite.I18n;

namespace SccSite.Templates.Views;

/// <summary>The search page's settings for Pagefind UI, as JSON that is safe inside a script element.</summary>
public static class SearchConfig
{
    public static TrustedHtml Json(UiStrings d, SiteConfig config, Language language) => SafeJson.ForScript(new JsonObject
    {
        ["bundlePath"] = config.BasePath + PageUrls.SearchBundle + "/",
        ["baseUrl"] = config.BasePath,
        ["language"] = language.HtmlLang,
        ["translations"] = new JsonObject
        {
            ["placeholder"] = d.Text("search.placeholder"),
            ["clear_search"] = d.Text("search.clear"),
            ["load_more"] = d.Text("search.load_more"),
            ["search_label"] = d.Text("search.label"),
            ["zero_results"] = d.Text("search.zero_results"),
            ["many_results"] = d.Text("search.many_results"),
            ["one_result"] = d.Text("search.one_result"),
            ["searching"] = d.Text("search.searching"),
        },
    });
}
