using System.Collections.Immutable;
using SccSite.Config;
using SccSite.Engine;

namespace SccSite.Content;

/// <summary>
/// The site as the link phase hands it on: the translation graph, the parsed document of every
/// page file, and the lists many pages show, sorted once.
/// </summary>
public sealed class SiteModel
{
    private readonly ImmutableDictionary<string, Document> _documents;

    public SiteModel(TranslationGraph graph, ImmutableDictionary<string, Document> documentsByPath)
    {
        Graph = graph;
        _documents = documentsByPath;
        Priorities = [.. OfKind(PageKind.Priority).OrderBy(n => n.Order).ThenBy(n => n.Key, StringComparer.Ordinal)];
        Initiatives = [.. OfKind(PageKind.Initiative).OrderBy(n => n.Order).ThenBy(n => n.Key, StringComparer.Ordinal)];
        Events = [.. OfKind(PageKind.Event).OrderBy(n => ((EventFacts)n.Facts).Date).ThenBy(n => n.Key, StringComparer.Ordinal)];
    }

    public TranslationGraph Graph { get; }
    public SiteConfig Config => Graph.Config;

    /// <summary>Every page, ordered by key.</summary>
    public ImmutableArray<PageNode> Nodes => Graph.Nodes;

    public ImmutableArray<OrphanTranslation> Orphans => Graph.Orphans;

    /// <summary>Priorities in their order.</summary>
    public ImmutableArray<PageNode> Priorities { get; }

    /// <summary>Initiatives in their order.</summary>
    public ImmutableArray<PageNode> Initiatives { get; }

    /// <summary>Events by date, earliest first.</summary>
    public ImmutableArray<PageNode> Events { get; }

    public PageNode? Find(string key) => Graph.Find(key);

    public PageNode? FindByPath(string language, string pathKey) => Graph.FindByPath(language, pathKey);

    public IEnumerable<PageNode> OfKind(PageKind kind) => Nodes.Where(n => n.Kind == kind);

    /// <summary>The pages inside a section folder (not the section's own index), by key.</summary>
    public IEnumerable<PageNode> InSection(string section) =>
        Nodes.Where(n => n.Section == section && n.Kind != PageKind.Section);

    public IEnumerable<LocalizedPage> PagesIn(string language) => Nodes.Select(n => n.In(language));

    /// <summary>The parsed document of a page file (its Markdown, links and headings).</summary>
    public Document DocumentOf(PageFile file) => _documents[file.DisplayPath];
}
