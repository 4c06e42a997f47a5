using System.Collections.Immutable;

using SccSite.Engine;

namespace SccSite.Content;

/// <summary>One page in all its languages: a node of the translation graph. Immutable once built.</summary>
public sealed class PageNode
{
    internal PageNode(string key, PageFile source, Func<PageNode, ImmutableArray<LocalizedPage>> localize)
    {
        Key = key;
        Source = source;
        Kind = source.Meta.Kind;
        Section = PageKinds.SectionOf(source.PathKey);
        _facts = source.Meta.Facts ?? PageFacts.None;
        Pages = localize(this);
    }

    public string Key { get; }
    public PageKind Kind { get; }
    public string Section { get; }
    public PageFacts Facts
    {
        get
        {
            ReadTracker.Touch(DependencyKind.Facts, Key);
            return _facts;
        }
    }

    private readonly PageFacts _facts;

    /// <summary>The default-language file.</summary>
    public PageFile Source { get; }

    /// <summary>The page in every configured language, in the configuration's order.</summary>
    public ImmutableArray<LocalizedPage> Pages { get; }

    public LocalizedPage In(string language)
    {
        foreach (var page in Pages)
            if (page.Language.Code == language) return page;
        throw new KeyNotFoundException($"Page '{Key}' has no '{language}' version.");
    }

    /// <summary>The last segment of the source path: how front matter names this page ("energy-cooperation").</summary>
    public string Slug => Source.PathKey.Split('/')[^1];

    public int Order => Facts switch
    {
        PriorityFacts p => p.Order,
        InitiativeFacts i => i.Order,
        _ => 0,
    };

    public override string ToString() => Key;
}

/// <summary>A translation whose source page no longer exists.</summary>
public sealed record OrphanTranslation(string Language, string DisplayPath, string Key);
