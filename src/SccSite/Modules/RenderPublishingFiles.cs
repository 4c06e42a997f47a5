using System.Collections.Immutable;
using SccSite.Config;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Publishing;
using SccSite.Templates;

namespace SccSite.Modules;

/// <summary>sitemap.xml, robots.txt, one Atom feed per language and GitHub Pages' files, all from the site model (in parallel; remembered in a preview).</summary>
public sealed class RenderPublishingFiles : IModule, IReads<SiteModel>, IReads<Theme>
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context)
    {
        var model = context.Get<SiteModel>();
        var theme = context.Get<Theme>();
        List<(string Path, Func<string> Render)> files =
        [
            (Sitemap.FileName, () => Sitemap.Render(model)),
            ("robots.txt", () => Sitemap.Robots(model)),
            .. model.Config.Languages.Select(language => ($"{language.Code}/{PageUrls.FeedFile}", (Func<string>)(() => Feeds.Render(model, language, theme.Strings(language.Code))))),
        ];
        if (model.Config.Output.GitHubPages)
        {
            files.Add((".nojekyll", () => "")); // serve folders such as _x as they are
            if (OutputSettings.CnameFor(model.Config.BaseUrl) is { } cname) files.Add(("CNAME", () => cname));
        }
        var made = new Document[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = context.Cancellation }, i =>
        {
            var (path, render) = files[i];
            made[i] = Document.Create(path).WithDestination(path).WithContent(context.Remember(path, render));
        });
        return [.. made];
    }
}
