using System.Collections.Immutable;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Templates;
using SccSite.Templates.Views;

namespace SccSite.Modules;

/// <summary>Pages that exist in every language without Markdown: the 404 page and the search page.</summary>
public sealed class RenderSpecialPages : IModule, IReads<PageRenderer>
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context)
    {
        var renderer = context.Get<PageRenderer>();
        var config = renderer.Inputs.Model.Config;
        var result = ImmutableArray.CreateBuilder<Document>();
        foreach (var language in config.Languages)
        {
            var d = renderer.Theme.Strings(language.Code);
            var notFound = PageViewBuilder.Special("not-found", "404.html", language, renderer.Inputs, d.Text("not_found.title"), d.Text("not_found.description"));
            result.Add(Page($"{language.Code}/404.html", renderer.RenderSpecial("404", notFound, language, context.Cancellation)));
            if (!renderer.Inputs.SearchEnabled) continue;
            var search = PageViewBuilder.Special("search", PageUrls.SearchSlug, language, renderer.Inputs, d.Text("search.title"), d.Text("search.description"))
                with
            { SearchConfig = SearchConfig.Json(d, config, language) };
            result.Add(Page($"{language.Code}/{PageUrls.SearchSlug}index.html", renderer.RenderSpecial("search", search, language, context.Cancellation)));
        }
        return result.ToImmutable();
    }

    private static Document Page(string destination, string html) => Document.Create(destination).WithDestination(destination).WithContent(html);
}
