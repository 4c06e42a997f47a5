using System.Collections.Immutable;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Publishing;
using SccSite.Templates;

namespace SccSite.Modules;

/// <summary>sitemap.xml, robots.txt and one Atom feed per language, all from the site model.</summary>
public sealed class RenderPublishingFiles : IModule, IReads<SiteModel>, IReads<Theme>
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context)
    {
        var model = context.Get<SiteModel>();
        var theme = context.Get<Theme>();
        var files = ImmutableArray.CreateBuilder<Document>();
        files.Add(Document.Create(Sitemap.FileName).WithDestination(Sitemap.FileName).WithContent(Sitemap.Render(model)));
        files.Add(Document.Create("robots.txt").WithDestination("robots.txt").WithContent(Sitemap.Robots(model)));
        foreach (var language in model.Config.Languages)
        {
            var path = $"{language.Code}/{PageUrls.FeedFile}";
            files.Add(Document.Create(path).WithDestination(path).WithContent(Feeds.Render(model, language, theme.Strings(language.Code))));
        }
        return files.ToImmutable();
    }
}
