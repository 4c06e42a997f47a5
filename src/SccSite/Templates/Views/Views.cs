namespace SccSite.Templates.Views;

/// <summary>A language as templates see it.</summary>
public sealed record LanguageView(string Code, string Name, string HtmlLang, string Hreflang, string Dir) : ITemplateView;

/// <summary>What every page of one language shares: the site's title, its URLs and assets.</summary>
public sealed record SiteView(
    string Title, string BasePath, string HomeUrl, string RootUrl, LanguageView Lang,
    string CssUrl, string PrintCssUrl, string FaviconUrl, string SearchJsUrl,
    string FeedUrl, string? SearchUrl, string PagefindUrl) : ITemplateView;

/// <summary>A page shown in a list: a card, a timeline entry, a link to a priority.</summary>
public sealed record CardView(string Title, string Description, string Url, string? Meta, string? Lang, string? DateIso, string? Place) : ITemplateView;

/// <summary>One step of the breadcrumb trail.</summary>
public sealed record CrumbView(string Title, string Url, string? Lang, string Kind) : ITemplateView;

/// <summary>One language in the language switcher.</summary>
public sealed record SwitcherOptionView(string Name, string Code, string HtmlLang, string Hreflang, string Url, bool Current, bool IsFallback) : ITemplateView;

/// <summary>An hreflang alternate of a page.</summary>
public sealed record AlternateView(string Hreflang, string Url) : ITemplateView;

/// <summary>The initiatives of one priority, on the initiatives page.</summary>
public sealed record GroupView(CardView Priority, IReadOnlyList<CardView> Items) : ITemplateView;

/// <summary>A language on the root language chooser.</summary>
public sealed record RootLanguageView(string Code, string Name, string HtmlLang, string Hreflang, string Dir, string Title, string Url, string Enter) : ITemplateView;

/// <summary>The root page (language chooser) and the root 404 page: the 'site' of the root layout.</summary>
public sealed record RootView(
    bool NotFound, string Title, string Heading, string BasePath, string Canonical, LanguageView DefaultLang,
    IReadOnlyList<RootLanguageView> Languages, string CssUrl, string FaviconUrl, string RootJsUrl) : ITemplateView;
