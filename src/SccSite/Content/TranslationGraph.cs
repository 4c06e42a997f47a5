using System.Collections.Immutable;
using SccSite.Config;
using SccSite.Engine;

namespace SccSite.Content;

/// <summary>
/// The heart of the site: which files are one page in several languages, and what each language
/// publishes for it (its translation, or a fallback). Built once, by a pure function of the parsed
/// page files; everything multilingual is read from it.
/// </summary>
public sealed class TranslationGraph
{
    private readonly ImmutableDictionary<string, PageNode> _byKey;
    private readonly ImmutableDictionary<(string Language, string PathKey), PageNode> _byPath;

    internal TranslationGraph(SiteConfig config, ImmutableArray<PageNode> nodes, ImmutableArray<OrphanTranslation> orphans)
    {
        Config = config;
        Nodes = nodes;
        Orphans = orphans;
        _byKey = nodes.ToImmutableDictionary(n => n.Key, StringComparer.Ordinal);
        var byPath = ImmutableDictionary.CreateBuilder<(string, string), PageNode>();
        foreach (var node in nodes)
            foreach (var page in node.Pages.Where(p => p.IsReal))
                byPath[(page.Language.Code, page.Content.PathKey)] = node;
        _byPath = byPath.ToImmutable();
    }

    public SiteConfig Config { get; }

    /// <summary>Every page, ordered by key.</summary>
    public ImmutableArray<PageNode> Nodes { get; }

    public ImmutableArray<OrphanTranslation> Orphans { get; }

    public PageNode? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The page whose source (or real translation) in a language has this path, e.g. ("ru", "about").</summary>
    public PageNode? FindByPath(string language, string pathKey) => _byPath.GetValueOrDefault((language, pathKey));

    /// <summary>
    /// Builds the graph; problems (duplicate keys, contradicting facts, colliding paths) come back as
    /// errors. Drafts are left out unless <paramref name="includeDrafts"/>; a draft source takes its
    /// translations with it.
    /// </summary>
    public static GraphResult Build(SiteConfig config, IEnumerable<PageFile> files, bool includeDrafts = false) =>
        TranslationGraphBuilder.Build(config, files, includeDrafts);
}

/// <summary>A built graph, with the errors and notices found while building it, and the draft files left out.</summary>
public sealed record GraphResult(TranslationGraph Graph, ImmutableArray<BuildError> Errors, ImmutableArray<string> Notices)
{
    public ImmutableArray<string> SkippedDrafts { get; init; } = [];
}
