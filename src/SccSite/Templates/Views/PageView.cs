namespace SccSite.Templates.Views;

/// <summary>
/// Everything a layout may read about one page: content pages, and the generated 404 and search
/// pages alike. Plain values and lists, never the internal objects.
/// </summary>
public sealed record PageView : ITemplateView
{
    public required string Key { get; init; }
    public required string Kind { get; init; }
    public string Section { get; init; } = "";
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Url { get; init; }
    public required string Canonical { get; init; }
    public IHtmlContent Content { get; init; } = TrustedHtml.Empty;

    /// <summary>The language of the text shown, which differs from the page's on fallback pages.</summary>
    public required string ContentLang { get; init; }
    public required string ContentDir { get; init; }
    public bool IsTranslatedContent { get; init; } = true;
    public bool IsFallback { get; init; }
    public bool IsStale { get; init; }

    /// <summary>A draft, shown only by the preview (or 'build --drafts'): layouts show a banner.</summary>
    public bool IsDraft { get; init; }
    public string FallbackNotice { get; init; } = "";
    public string StaleNotice { get; init; } = "";
    public required string OriginalUrl { get; init; }
    public string OriginalLang { get; init; } = "";

    public IReadOnlyList<CrumbView> Breadcrumbs { get; init; } = [];
    public IReadOnlyList<SwitcherOptionView> Translations { get; init; } = [];
    public IReadOnlyList<AlternateView> Alternates { get; init; } = [];
    public string? XDefault { get; init; }
    public required string OgLocale { get; init; }
    public IReadOnlyList<string> OgLocaleAlternates { get; init; } = [];

    public CardView? Priority { get; init; }
    public string? Status { get; init; }
    public string? Period { get; init; }
    public string? Date { get; init; }
    public string? DateIso { get; init; }
    public string? EndDateIso { get; init; }
    public string? Place { get; init; }

    public IReadOnlyList<CardView> Initiatives { get; init; } = [];
    public IReadOnlyList<CardView> Events { get; init; } = [];
    public IReadOnlyList<CardView> Children { get; init; } = [];
    public IReadOnlyList<GroupView> Groups { get; init; } = [];

    /// <summary>Whether the search index should read this page (real pages only).</summary>
    public bool Searchable { get; init; }
    public TrustedHtml JsonLd { get; init; } = TrustedHtml.Empty;

    /// <summary>The search page's Pagefind settings, as JSON.</summary>
    public TrustedHtml? SearchConfig { get; init; }
}
