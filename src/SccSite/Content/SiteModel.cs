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
        _priorities = [.. graph.Nodes.Where(n => n.Kind == PageKind.Priority).OrderBy(n => n.Order).ThenBy(n => n.Key, StringComparer.Ordinal)];
        _initiatives = [.. graph.Nodes.Where(n => n.Kind == PageKind.Initiative).OrderBy(n => n.Order).ThenBy(n => n.Key, StringComparer.Ordinal)];
        _events = [.. graph.Nodes.Where(n => n.Kind == PageKind.Event).OrderBy(n => ((EventFacts)n.Facts).Date).ThenBy(n => n.Key, StringComparer.Ordinal)];
    }

    private readonly ImmutableArray<PageNode> _priorities;
    private readonly ImmutableArray<PageNode> _initiatives;
    private readonly ImmutableArray<PageNode> _events;

    public TranslationGraph Graph { get; }
    public SiteConfig Config => Graph.Config;

    /// <summary>Every page, ordered by key.</summary>
    public ImmutableArray<PageNode> Nodes => Listed(ListNames.All, Graph.Nodes);

    public ImmutableArray<OrphanTranslation> Orphans => Listed(ListNames.Orphans, Graph.Orphans);

    /// <summary>Priorities in their order.</summary>
    public ImmutableArray<PageNode> Priorities => Listed(ListNames.Priorities, _priorities);

    /// <summary>Initiatives in their order.</summary>
    public ImmutableArray<PageNode> Initiatives => Listed(ListNames.Initiatives, _initiatives);

    /// <summary>Events by date, earliest first.</summary>
    public ImmutableArray<PageNode> Events => Listed(ListNames.Events, _events);

    public PageNode? Find(string key)
    {
        ReadTracker.Touch(DependencyKind.Lookup, key);
        return Graph.Find(key);
    }

    public PageNode? FindByPath(string language, string pathKey)
    {
        ReadTracker.Touch(DependencyKind.Lookup, pathKey, language);
        return Graph.FindByPath(language, pathKey);
    }

    public IEnumerable<PageNode> OfKind(PageKind kind) => Nodes.Where(n => n.Kind == kind);

    /// <summary>The pages inside a section folder (not the section's own index), by key.</summary>
    public IEnumerable<PageNode> InSection(string section)
    {
        ReadTracker.Touch(DependencyKind.List, ListNames.Section(section));
        return Graph.Nodes.Where(n => n.Section == section && n.Kind != PageKind.Section);
    }

    public IEnumerable<LocalizedPage> PagesIn(string language) => Nodes.Select(n => n.In(language));

    /// <summary>The parsed document of a page file (its Markdown, links and headings).</summary>
    public Document DocumentOf(PageFile file)
    {
        ReadTracker.Touch(DependencyKind.FileBody, file.DisplayPath);
        return _documents[file.DisplayPath];
    }

    /// <summary>The page file at a display path, if there is one (without recording a read).</summary>
    public PageFile? FileAt(string displayPath) =>
        _documents.TryGetValue(displayPath, out var document) ? FileOf(document) : null;

    /// <summary>The document of a page file by display path, if there is one (without recording a read).</summary>
    public Document? DocumentAt(string displayPath) => _documents.GetValueOrDefault(displayPath);

    private static PageFile? FileOf(Document document) =>
        document.Find<SourceFile>() is { } file && document.Find<FrontMatter>() is { } meta && document.Find<SourceHash>() is { } hash ? new PageFile(file, meta, hash) : null;

    private static ImmutableArray<T> Listed<T>(string list, ImmutableArray<T> items)
    {
        ReadTracker.Touch(DependencyKind.List, list);
        return items;
    }
}

/// <summary>The names of the model's lists, as dependencies name them.</summary>
public static class ListNames
{
    public const string All = "all";
    public const string Orphans = "orphans";
    public const string Priorities = "priorities";
    public const string Initiatives = "initiatives";
    public const string Events = "events";

    public static string Section(string section) => "section:" + section;
}
