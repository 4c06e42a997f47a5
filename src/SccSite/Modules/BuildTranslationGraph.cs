using System.Collections.Immutable;
using SccSite.Config;
using SccSite.Content;
using SccSite.Engine;

namespace SccSite.Modules;

/// <summary>
/// Builds the translation graph from the parsed page files and provides the <see cref="SiteModel"/>.
/// Emits one document per page and language, each carrying its <see cref="LocalizedPage"/>.
/// </summary>
public sealed class BuildTranslationGraph : IModule, IReads<SiteConfig>, IReads<Drafts>, IProvides<SiteModel>
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context)
    {
        var files = inputs.Select(d => new PageFile(d.Get<SourceFile>(), d.Get<FrontMatter>(), d.Get<SourceHash>())).ToList();
        var result = TranslationGraph.Build(context.Get<SiteConfig>(), files, context.Get<Drafts>().Include);
        var graph = result.Graph;
        context.Report(result.Errors);
        foreach (var notice in result.Notices) context.Notice(notice);
        if (!result.SkippedDrafts.IsEmpty)
            context.Notice($"{result.SkippedDrafts.Length} draft file{(result.SkippedDrafts.Length == 1 ? "" : "s")} left out ({string.Join(", ", result.SkippedDrafts)}); 'build --drafts' or the preview shows them.");
        var model = new SiteModel(graph, inputs.ToImmutableDictionary(d => d.Get<SourceFile>().DisplayPath, StringComparer.Ordinal));
        context.Provide(model);
        return [.. graph.Nodes.SelectMany(n => n.Pages).Select(p =>
            Document.Create($"{p.Content.DisplayPath} ({p.Language.Code})").WithDestination(p.Destination).With(p))];
    }
}
