using SccSite.Config;
using SccSite.Content;

namespace SccSite.Templates.Views;

/// <summary>The views every page of a language shares.</summary>
public static class SiteViews
{
    public static LanguageView Language(Language language) =>
        new(language.Code, language.Name, language.HtmlLang, language.Hreflang, language.DirAttribute);

    public static SiteView For(Language language, RenderInputs inputs)
    {
        var basePath = inputs.Model.Config.BasePath;
        return new SiteView(
            Title: language.Title,
            BasePath: basePath,
            HomeUrl: basePath + language.Code + "/",
            RootUrl: basePath,
            Lang: Language(language),
            CssUrl: inputs.Assets.Css,
            PrintCssUrl: inputs.Assets.PrintCss,
            FaviconUrl: inputs.Assets.Favicon,
            SearchJsUrl: inputs.Assets.SearchJs,
            FeedUrl: basePath + language.Code + "/" + PageUrls.FeedFile,
            SearchUrl: inputs.SearchEnabled ? basePath + language.Code + "/" + PageUrls.SearchSlug : null,
            PagefindUrl: basePath + PageUrls.SearchBundle + "/");
    }
}
