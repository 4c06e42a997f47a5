using SccSite.Config;
using SccSite.Content;
using SccSite.I18n;
using SccSite.Text;

namespace SccSite.Templates.Views;

/// <summary>
/// Builds the view of one page from the translation graph: everything multilingual a layout shows
/// (switcher, alternates, canonical, notices, lists) comes from there.
/// </summary>
public static class PageViewBuilder
{
    public static PageView Build(LocalizedPage page, RenderInputs inputs, UiStrings strings, IHtmlContent body)
    {
        var model = inputs.Model;
        var node = page.Node;
        var config = model.Config;
        var view = new PageView
        {
            Key = node.Key,
            Kind = KindName(node.Kind),
            Section = node.Section,
            Title = page.Text.Title,
            Description = page.Text.Description,
            Url = page.Url,
            Canonical = config.Absolute(Canonical(page).Url),
            Content = body,
            ContentLang = page.ContentLanguage.HtmlLang,
            ContentDir = page.ContentLanguage.DirAttribute,
            IsTranslatedContent = page.ContentLanguage == page.Language,
            IsFallback = page.State == TranslationState.Fallback,
            IsStale = page.State == TranslationState.Stale,
            IsDraft = page.IsDraft,
            FallbackNotice = strings.Format("notice.fallback", ("language", page.ContentLanguage.Name)),
            StaleNotice = strings.Text("notice.stale"),
            OriginalUrl = node.In(config.DefaultLanguage).Url,
            OriginalLang = config.Default.HtmlLang,
            Breadcrumbs = Breadcrumbs(page, model),
            Translations = [.. node.Pages.Select(p => Switcher(p.Language, p.Url, p.Language == page.Language, !p.IsReal))],
            OgLocale = page.Language.OgLocale,
            Searchable = page.IsReal,
            JsonLd = page.Node.Facts is EventFacts ? StructuredData.ForPage(page, model, inputs.Data) : inputs.SiteJson(page.Language),
        };
        if (page.IsReal)
        {
            view = view with
            {
                Alternates = [.. node.Pages.Where(p => p.IsReal).Select(p => new AlternateView(p.Language.Hreflang, config.Absolute(p.Url)))],
                XDefault = config.Absolute(node.In(config.DefaultLanguage).Url),
                OgLocaleAlternates = [.. node.Pages.OrderBy(p => p.Language.Code, StringComparer.Ordinal).Where(p => p.IsReal && p != page).Select(p => p.Language.OgLocale)],
            };
        }
        return Lists(Facts(view, page, inputs, strings), page, inputs, strings);
    }

    /// <summary>A generated page that exists in every language (404, search): the same view as a content page.</summary>
    public static PageView Special(string key, string slug, Language language, RenderInputs inputs, string title, string description)
    {
        var config = inputs.Model.Config;
        string UrlIn(Language l) => config.BasePath + l.Code + "/" + slug;
        return new PageView
        {
            Key = key,
            Kind = key,
            Title = title,
            Description = description,
            Url = UrlIn(language),
            Canonical = config.Absolute(UrlIn(language)),
            ContentLang = language.HtmlLang,
            ContentDir = language.DirAttribute,
            OriginalUrl = UrlIn(config.Default),
            OriginalLang = config.Default.HtmlLang,
            Translations = [.. config.Languages.Select(l => Switcher(l, UrlIn(l), l == language, isFallback: false))],
            OgLocale = language.OgLocale,
            JsonLd = inputs.SiteJson(language),
        };
    }

    /// <summary>The layout name of a page kind: "initiative", "section" …</summary>
    public static string KindName(PageKind kind) => Naming.Kebab(kind.ToString());

    /// <summary>Fallback copies point search engines at the page whose content they show.</summary>
    public static LocalizedPage Canonical(LocalizedPage page) =>
        page.IsReal ? page : page.Node.In(page.ContentLanguage.Code);

    private static SwitcherOptionView Switcher(Language language, string url, bool current, bool isFallback) =>
        new(language.Name, language.Code, language.HtmlLang, language.Hreflang, url, current, isFallback);

    private static List<CrumbView> Breadcrumbs(LocalizedPage page, SiteModel model)
    {
        var crumbs = new List<CrumbView>();
        if (page.Node.Kind == PageKind.Home) return crumbs;
        var lang = page.Language.Code;
        if (model.Find("index") is { } home) crumbs.Add(Crumb(home.In(lang)));
        if (page.Node.Kind != PageKind.Section && page.Node.Section.Length > 0 && model.FindByPath(model.Config.DefaultLanguage, page.Node.Section + "/index") is { } section)
            crumbs.Add(Crumb(section.In(lang)));
        return crumbs;
    }

    private static CrumbView Crumb(LocalizedPage p) => new(p.Text.Title, p.Url, ForeignLang(p), KindName(p.Node.Kind));

    private static PageView Facts(PageView view, LocalizedPage page, RenderInputs inputs, UiStrings strings)
    {
        var lang = page.Language.Code;
        return page.Node.Facts switch
        {
            InitiativeFacts i => view with
            {
                Priority = PriorityCard(i.Priority, inputs, lang),
                Status = strings.Text("status." + Naming.Kebab(i.Status.ToString())),
                Period = i.Period is { } p ? DateFormatter.Period(strings, p) : null,
            },
            EventFacts e => view with
            {
                Priority = PriorityCard(e.Priority, inputs, lang),
                Date = DateFormatter.FormatRange(strings, e.Date, e.EndDate),
                DateIso = e.Date.Iso,
                EndDateIso = e.EndDate?.Iso,
                Place = e.Place is null ? null : inputs.Data.PlaceName(e.Place, lang),
            },
            _ => view,
        };
    }

    private static CardView? PriorityCard(string? priority, RenderInputs inputs, string lang) =>
        priority is null || inputs.Model.Find("priorities/" + priority) is not { } node ? null : PlainCard(node, inputs, lang);

    private static PageView Lists(PageView view, LocalizedPage page, RenderInputs inputs, UiStrings strings)
    {
        var model = inputs.Model;
        var lang = page.Language.Code;
        var node = page.Node;
        List<CardView> Initiatives(Func<PageNode, bool> where) => [.. model.Initiatives.Where(where).Select(n => InitiativeCard(n, inputs, lang, strings))];
        List<CardView> Events(Func<PageNode, bool> where) => [.. model.Events.Where(where).Select(n => EventCard(n, inputs, lang, strings))];
        List<CardView> Priorities() => [.. model.Priorities.Select(p => PriorityCard(p, inputs, lang, strings))];

        return node.Kind switch
        {
            PageKind.Home => view with { Children = Priorities(), Events = Events(_ => true) },
            PageKind.Priority => view with
            {
                Initiatives = Initiatives(n => PriorityOf(n) == node.Slug),
                Events = Events(n => PriorityOf(n) == node.Slug),
            },
            PageKind.Section when node.Section == PageKinds.Priorities => view with { Children = Priorities() },
            PageKind.Section when node.Section == PageKinds.Initiatives => view with
            {
                Groups = [.. model.Priorities.Select(p => new GroupView(PlainCard(p, inputs, lang), Initiatives(n => PriorityOf(n) == p.Slug)))],
                Children = Initiatives(n => PriorityOf(n) is null),
            },
            PageKind.Section when node.Section == PageKinds.Events => view with { Events = Events(_ => true) },
            PageKind.Section => view with { Children = [.. model.InSection(node.Section).Select(n => PlainCard(n, inputs, lang))] },
            _ => view,
        };
    }

    private static string? PriorityOf(PageNode n) => n.Facts switch { InitiativeFacts i => i.Priority, EventFacts e => e.Priority, _ => null };

    private static CardView PriorityCard(PageNode priority, RenderInputs inputs, string lang, UiStrings strings)
    {
        var count = inputs.Model.Initiatives.Count(n => ((InitiativeFacts)n.Facts).Priority == priority.Slug);
        return PlainCard(priority, inputs, lang) with { Meta = strings.Plural("count.initiatives", count) };
    }

    private static CardView InitiativeCard(PageNode n, RenderInputs inputs, string lang, UiStrings strings) =>
        PlainCard(n, inputs, lang) with { Meta = strings.Text("status." + Naming.Kebab(((InitiativeFacts)n.Facts).Status.ToString())) };

    private static CardView EventCard(PageNode n, RenderInputs inputs, string lang, UiStrings strings)
    {
        var facts = (EventFacts)n.Facts;
        return PlainCard(n, inputs, lang) with
        {
            Meta = DateFormatter.FormatRange(strings, facts.Date, facts.EndDate),
            DateIso = facts.Date.Iso,
            Place = facts.Place is null ? null : inputs.Data.PlaceName(facts.Place, lang),
        };
    }

    private static CardView PlainCard(PageNode n, RenderInputs inputs, string lang) => inputs.Card(n, lang, () =>
    {
        var p = n.In(lang);
        return new CardView(p.Text.Title, p.Text.Description, p.Url, null, ForeignLang(p), null, null);
    });

    /// <summary>The lang attribute a link or card needs when its text is in another language (fallback content).</summary>
    private static string? ForeignLang(LocalizedPage p) => p.ContentLanguage == p.Language ? null : p.ContentLanguage.HtmlLang;
}
