using System.Collections.Immutable;
using SccSite.Config;
using SccSite.Engine;

namespace SccSite.Content;

/// <summary>How a published page relates to its source.</summary>
public enum TranslationState
{
    /// <summary>The default-language page itself.</summary>
    Original,
    /// <summary>A translation made from the current source.</summary>
    Current,
    /// <summary>A translation made from an older version of the source.</summary>
    Stale,
    /// <summary>No translation: the content of a fallback language is shown.</summary>
    Fallback,
}

/// <summary>One page of the site in one language, as it will be published.</summary>
public sealed record LocalizedPage(
    PageNode Node,
    Language Language,
    Document Content,
    Language ContentLanguage,
    TranslationState State,
    string Url,
    string Destination)
{
    public PageText Text => Content.Get<FrontMatter>().Text;

    /// <summary>Real pages are announced as alternates and listed in the sitemap; fallback copies are not.</summary>
    public bool IsReal => State != TranslationState.Fallback;
}

/// <summary>One page in all its languages: the node of the translation graph.</summary>
public sealed class PageNode
{
    private ImmutableDictionary<string, LocalizedPage> _localized = ImmutableDictionary<string, LocalizedPage>.Empty;

    public PageNode(string key, PageKind kind, string section, PageFacts facts, Document source, string sourceHash)
    {
        Key = key;
        Kind = kind;
        Section = section;
        Facts = facts;
        Source = source;
        SourceHash = sourceHash;
    }

    public string Key { get; }
    public PageKind Kind { get; }
    public string Section { get; }
    public PageFacts Facts { get; }
    public Document Source { get; }
    public string SourceHash { get; }

    public LocalizedPage In(string language) => _localized[language];

    public IEnumerable<LocalizedPage> All => _localized.Values.OrderBy(p => p.Language.Code, StringComparer.Ordinal);

    internal void Publish(LocalizedPage page) => _localized = _localized.SetItem(page.Language.Code, page);

    /// <summary>The last segment of the source path: how front matter names this page ("energy-cooperation").</summary>
    public string Slug => Source.Get<SourceFile>().PathKey.Split('/')[^1];

    public int Order => Facts switch
    {
        PriorityFacts p => p.Order,
        InitiativeFacts i => i.Order,
        _ => 0,
    };
}

/// <summary>A translation whose source page no longer exists.</summary>
public sealed record OrphanTranslation(string Language, string DisplayPath, string Key);

/// <summary>The site as the link phase sees it: built once, read by everything after.</summary>
public sealed class SiteModel
{
    private readonly ImmutableDictionary<string, PageNode> _byKey;
    private readonly Lazy<ImmutableDictionary<(string, string), PageNode>> _byPath;
    private readonly Lazy<ImmutableArray<PageNode>> _priorities;
    private readonly Lazy<ImmutableArray<PageNode>> _initiatives;
    private readonly Lazy<ImmutableArray<PageNode>> _events;

    public SiteModel(SiteConfig config, ImmutableArray<PageNode> nodes, ImmutableArray<OrphanTranslation> orphans)
    {
        Config = config;
        Nodes = nodes;
        Orphans = orphans;
        _byKey = nodes.ToImmutableDictionary(n => n.Key, StringComparer.Ordinal);
        _byPath = new(() => nodes.SelectMany(n => n.All.Where(p => p.IsReal).Select(p => (Key: (p.Language.Code, p.Content.Get<SourceFile>().PathKey), Node: n)))
            .ToImmutableDictionary(x => x.Key, x => x.Node));
        _priorities = new(() => [.. OfKind(PageKind.Priority).OrderBy(n => n.Order).ThenBy(n => n.Key, StringComparer.Ordinal)]);
        _initiatives = new(() => [.. OfKind(PageKind.Initiative).OrderBy(n => n.Order).ThenBy(n => n.Key, StringComparer.Ordinal)]);
        _events = new(() => [.. OfKind(PageKind.Event).OrderBy(n => ((EventFacts)n.Facts).Date).ThenBy(n => n.Key, StringComparer.Ordinal)]);
    }

    public SiteConfig Config { get; }

    /// <summary>Every page, ordered by key.</summary>
    public ImmutableArray<PageNode> Nodes { get; }

    public ImmutableArray<OrphanTranslation> Orphans { get; }

    public PageNode? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The page whose source (or real translation) in a language has this path, e.g. ("ru", "about").</summary>
    public PageNode? FindByPath(string language, string pathKey) => _byPath.Value.GetValueOrDefault((language, pathKey));

    public IEnumerable<PageNode> OfKind(PageKind kind) => Nodes.Where(n => n.Kind == kind);

    /// <summary>Priorities in their order; sorted once, because many pages list them.</summary>
    public ImmutableArray<PageNode> Priorities => _priorities.Value;

    /// <summary>Initiatives in their order.</summary>
    public ImmutableArray<PageNode> Initiatives => _initiatives.Value;

    /// <summary>Events by date, earliest first.</summary>
    public ImmutableArray<PageNode> Events => _events.Value;

    public IEnumerable<LocalizedPage> PagesIn(string language) => Nodes.Select(n => n.In(language));
}
