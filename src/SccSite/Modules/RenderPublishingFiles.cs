using System.Collections.Immutable;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Publishing;
using SccSite.Templates;

namespace SccSite.Modules;

/// <summary>sitemap.xml, robots.txt and one Atom feed per language, all from the site model.</summary>
public sealed class RenderPublishingFiles(string contentPipeline) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, BuildContext context)
    {
        var model = context.OutputOf(contentPipeline).FirstOrDefault()?.Find<SiteModel>();
        if (model is null) return [];
        var theme = context.Get<Theme>();
        var files = ImmutableArray.CreateBuilder<Document>();
        files.Add(Document.Create(Sitemap.FileName).WithDestination(Sitemap.FileName).WithContent(Sitemap.Render(model)));
        files.Add(Document.Create("robots.txt").WithDestination("robots.txt").WithContent(Sitemap.Robots(model)));
        foreach (var language in model.Config.Languages)
        {
            var path = $"{language.Code}/{Feeds.FileName}";
            files.Add(Document.Create(path).WithDestination(path).WithContent(Feeds.Render(model, language, theme.Dictionary(language.Code))));
        }
        return files.ToImmutable();
    }
}

/// <summary>Redirect pages for every alias, in every language; an alias may not replace a real page.</summary>
public sealed class RenderRedirects(string contentPipeline) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, BuildContext context)
    {
        var content = context.OutputOf(contentPipeline);
        var model = content.FirstOrDefault()?.Find<SiteModel>();
        if (model is null) return [];
        var taken = content.Select(d => d.Destination).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<Document>();
        foreach (var (destination, html, node) in Redirects.For(model))
        {
            if (!taken.Add(destination))
            {
                var (line, column) = node.Source.Get<FrontMatter>().AliasesPosition;
                context.Report(new BuildError(node.Source.Get<SourceFile>().DisplayPath, line, column,
                    $"The alias would overwrite {destination}, which is already a page or another alias.", "Remove the alias or rename the page."));
                continue;
            }
            result.Add(Document.Create("alias:" + destination).WithDestination(destination).WithContent(html));
        }
        return result.ToImmutable();
    }
}
