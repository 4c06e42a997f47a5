using System.Collections.Immutable;
using SccSite.Config;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Templates;
using Scriban.Runtime;

namespace SccSite.Modules;

/// <summary>The language-neutral page at the site root: links to every language's home page.</summary>
public sealed class RenderRootPage(string contentPipeline, string assetsPipeline) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, BuildContext context)
    {
        var config = context.Get<SiteConfig>();
        var theme = context.Get<Theme>();
        var content = context.OutputOf(contentPipeline);
        if (content.IsEmpty) return [];
        var model = content[0].Get<SiteModel>();
        var home = model.Find("index");
        var assets = AssetUrls.From(context.OutputOf(assetsPipeline), config.BasePath);
        var languages = config.Languages.Select(l =>
        {
            var view = PageView.LanguageView(l);
            view["title"] = l.Title;
            view["url"] = home?.In(l.Code).Url ?? config.BasePath + l.Code + "/";
            view["enter"] = theme.Dictionary(l.Code).Text("root.enter");
            return view;
        }).ToList();
        var site = new ScriptObject
        {
            ["title"] = config.Default.Title,
            ["base_path"] = config.BasePath,
            ["canonical"] = config.Absolute(config.BasePath),
            ["default_url"] = config.BasePath + config.DefaultLanguage + "/",
            ["default_lang"] = PageView.LanguageView(config.Default),
            ["languages"] = languages,
            ["css_url"] = assets.Css,
            ["print_css_url"] = assets.PrintCss,
            ["favicon_url"] = assets.Favicon,
        };
        var html = theme.Render("root", new ScriptObject { ["site"] = site }, theme.Dictionary(config.DefaultLanguage), wrap: false);
        return [Document.Create("root").WithDestination("index.html").WithContent(html)];
    }
}
