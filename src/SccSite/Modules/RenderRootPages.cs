using System.Collections.Immutable;
using SccSite.Engine;
using SccSite.Templates;
using SccSite.Templates.Views;

namespace SccSite.Modules;

/// <summary>
/// The language-neutral pages at the site root, both from the 'root' layout: index.html links to
/// every language's home page, and 404.html sends a lost reader to their language's 404 page.
/// </summary>
public sealed class RenderRootPages : IModule, IReads<PageRenderer>
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context)
    {
        var renderer = context.Get<PageRenderer>();
        return
        [
            Page("index.html", renderer.RenderRoot(Chooser(renderer, notFound: false), context.Cancellation)),
            Page("404.html", renderer.RenderRoot(Chooser(renderer, notFound: true), context.Cancellation)),
        ];
    }

    private static Document Page(string destination, string html) => Document.Create(destination).WithDestination(destination).WithContent(html);

    private static RootView Chooser(PageRenderer renderer, bool notFound)
    {
        var model = renderer.Inputs.Model;
        var config = model.Config;
        var languages = config.Languages.Select(l =>
        {
            var strings = renderer.Theme.Strings(l.Code);
            return new RootLanguageView(l.Code, l.Name, l.HtmlLang, l.Hreflang, l.DirAttribute,
                Title: notFound ? strings.Text("not_found.title") : l.Title,
                Url: model.Find("index")?.In(l.Code).Url ?? config.BasePath + l.Code + "/",
                Enter: strings.Text(notFound ? "not_found.home" : "root.enter"));
        }).ToList();
        return new RootView(
            NotFound: notFound,
            Title: string.Join(" · ", languages.Select(l => l.Title)),
            Heading: languages[config.Languages.IndexOf(config.Default)].Title,
            BasePath: config.BasePath,
            Canonical: config.Absolute(config.BasePath),
            DefaultLang: SiteViews.Language(config.Default),
            Languages: languages,
            CssUrl: renderer.Inputs.Assets.Css,
            FaviconUrl: renderer.Inputs.Assets.Favicon,
            RootJsUrl: renderer.Inputs.Assets.RootJs);
    }
}
