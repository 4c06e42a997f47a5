using System.Collections.Immutable;
using SccSite.Config;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Templates;
using Scriban.Runtime;

namespace SccSite.Modules;

/// <summary>
/// The language-neutral pages at the site root, both from the 'root' layout: index.html links to
/// every language's home page, and 404.html sends a lost reader to their language's 404 page.
/// </summary>
public sealed class RenderRootPages(string contentPipeline, string assetsPipeline) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, BuildContext context)
    {
        var model = context.OutputOf(contentPipeline).FirstOrDefault()?.Find<SiteModel>();
        if (model is null) return [];
        var theme = context.Get<Theme>();
        var assets = AssetUrls.From(context.OutputOf(assetsPipeline), model.Config.BasePath);
        return
        [
            Page("index.html", Chooser(model, theme, assets, notFound: false)),
            Page("404.html", Chooser(model, theme, assets, notFound: true)),
        ];
    }

    private static Document Page(string destination, string html) => Document.Create(destination).WithDestination(destination).WithContent(html);

    private static string Chooser(SiteModel model, Theme theme, AssetUrls assets, bool notFound)
    {
        var config = model.Config;
        var languages = config.Languages.Select(l =>
        {
            var d = theme.Dictionary(l.Code);
            var view = PageView.LanguageView(l);
            view["title"] = notFound ? d.Text("not_found.title") : l.Title;
            view["url"] = model.Find("index")?.In(l.Code).Url ?? config.BasePath + l.Code + "/";
            view["enter"] = d.Text(notFound ? "not_found.home" : "root.enter");
            return view;
        }).ToList();
        var site = new ScriptObject
        {
            ["not_found"] = notFound,
            ["title"] = string.Join(" · ", languages.Select(l => l["title"] as string)),
            ["heading"] = languages[config.Languages.IndexOf(config.Default)]["title"],
            ["base_path"] = config.BasePath,
            ["canonical"] = config.Absolute(config.BasePath),
            ["default_lang"] = PageView.LanguageView(config.Default),
            ["languages"] = languages,
            ["css_url"] = assets.Css,
            ["favicon_url"] = assets.Favicon,
        };
        return theme.Render("root", new ScriptObject { ["site"] = site }, theme.Dictionary(config.DefaultLanguage), wrap: false);
    }
}
