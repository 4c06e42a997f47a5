using System.Collections.Immutable;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Publishing;
using SccSite.Templates;
using Scriban.Runtime;

namespace SccSite.Modules;

/// <summary>Pages that exist in every language without Markdown: the 404 page and the search page.</summary>
public sealed class RenderSpecialPages(string contentPipeline, string assetsPipeline) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, BuildContext context)
    {
        var model = context.OutputOf(contentPipeline).FirstOrDefault()?.Find<SiteModel>();
        if (model is null) return [];
        var theme = context.Get<Theme>();
        var search = context.Get<Search>();
        var renderInputs = new RenderInputs(model, context.Get<SiteData>(), AssetUrls.From(context.OutputOf(assetsPipeline), model.Config.BasePath), search.Enabled);
        var result = ImmutableArray.CreateBuilder<Document>();
        foreach (var language in model.Config.Languages)
        {
            var d = theme.Dictionary(language.Code);
            var notFound = PageView.Special("not-found", "404.html", language, renderInputs, d.Text("not_found.title"), d.Text("not_found.description"));
            result.Add(Page($"{language.Code}/404.html", theme.Render("404", notFound, d)));
            if (!search.Enabled) continue;
            var searchView = PageView.Special("search", Search.Slug, language, renderInputs, d.Text("search.title"), d.Text("search.description"));
            ((ScriptObject)searchView["page"]!)["search_config"] = SearchConfig.Json(d, model.Config, language);
            result.Add(Page($"{language.Code}/{Search.Slug}index.html", theme.Render("search", searchView, d)));
        }
        return result.ToImmutable();
    }

    private static Document Page(string destination, string html) => Document.Create(destination).WithDestination(destination).WithContent(html);
}
