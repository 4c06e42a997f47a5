using SccSite.Config;
using SccSite.Content;
using SccSite.I18n;
using SccSite.Modules;
using SccSite.Publishing;
using Scriban.Runtime;

namespace SccSite.Templates;

/// <summary>
/// The read-only view a layout gets of one page: plain values and lists, never the internal
/// objects. Everything multilingual here comes from the translation graph.
/// </summary>
public static class PageView
{
    public static ScriptObject Build(LocalizedPage page, RenderInputs inputs, Dictionary dictionary, TrustedHtml body)
    {
        var (model, data) = (inputs.Model, inputs.Data);
        var node = page.Node;
        var config = model.Config;
        var view = Blank(node.Key, YamlKind(node.Kind), page.Text.Title, page.Text.Description, page.Url, config.Absolute(Canonical(page).Url), page.Language);
        view["original_lang"] = config.Default.HtmlLang;
        view["section"] = node.Section;
        view["content"] = body;
        view["content_lang"] = page.ContentLanguage.HtmlLang;
        view["content_dir"] = page.ContentLanguage.DirAttribute;
        view["is_translated_content"] = page.ContentLanguage == page.Language;
        view["is_fallback"] = page.State == TranslationState.Fallback;
        view["is_stale"] = page.State == TranslationState.Stale;
        view["fallback_notice"] = dictionary.Format("notice.fallback", ("language", page.ContentLanguage.Name));
        view["stale_notice"] = dictionary.Text("notice.stale");
        view["original_url"] = node.In(config.DefaultLanguage).Url;
        view["breadcrumbs"] = Breadcrumbs(page, model);
        view["translations"] = config.Languages.Select(l => node.In(l.Code)).Select(p => SwitcherOption(p.Language, p.Url, p.Language == page.Language, !p.IsReal)).ToList();
        view["searchable"] = page.IsReal;
        view["json_ld"] = StructuredData.ForPage(page, model, data);
        if (page.IsReal)
        {
            view["alternates"] = Alternates(page, model);
            view["x_default"] = config.Absolute(node.In(config.DefaultLanguage).Url);
            view["og_locale_alternates"] = node.All.Where(p => p.IsReal && p != page).Select(p => p.Language.OgLocale).ToList();
        }
        AddFacts(view, page, model, data, dictionary);
        AddLists(view, page, model, dictionary, data);
        return Root(view, page.Language, inputs);
    }

    /// <summary>A generated page that exists in every language (404, search): same shape as a content page.</summary>
    public static ScriptObject Special(string key, string slug, Language language, RenderInputs inputs, string title, string description)
    {
        var config = inputs.Model.Config;
        string UrlIn(Language l) => config.BasePath + l.Code + "/" + slug;
        var view = Blank(key, key, title, description, UrlIn(language), config.Absolute(UrlIn(language)), language);
        view["original_url"] = UrlIn(config.Default);
        view["original_lang"] = config.Default.HtmlLang;
        view["translations"] = config.Languages.Select(l => SwitcherOption(l, UrlIn(l), l == language, isFallback: false)).ToList();
        view["json_ld"] = StructuredData.ForSite(language, inputs.Model);
        return Root(view, language, inputs);
    }

    /// <summary>Every field a layout may read, with its empty value; strict templates fail on a missing one.</summary>
    private static ScriptObject Blank(string key, string kind, string title, string description, string url, string canonical, Language language) => new()
    {
        ["key"] = key, ["kind"] = kind, ["section"] = "", ["title"] = title, ["description"] = description,
        ["url"] = url, ["canonical"] = canonical, ["content"] = new TrustedHtml(""),
        ["content_lang"] = language.HtmlLang, ["content_dir"] = language.DirAttribute, ["is_translated_content"] = true,
        ["is_fallback"] = false, ["is_stale"] = false, ["fallback_notice"] = "", ["stale_notice"] = "",
        ["original_url"] = url, ["original_lang"] = "", ["breadcrumbs"] = new List<ScriptObject>(),
        ["translations"] = new List<ScriptObject>(), ["alternates"] = new List<ScriptObject>(), ["x_default"] = null,
        ["og_locale"] = language.OgLocale, ["og_locale_alternates"] = new List<string>(),
        ["priority"] = null, ["status"] = null, ["period"] = null, ["date"] = null, ["date_iso"] = null, ["end_date_iso"] = null, ["place"] = null,
        ["initiatives"] = new List<ScriptObject>(), ["events"] = new List<ScriptObject>(),
        ["children"] = new List<ScriptObject>(), ["groups"] = new List<ScriptObject>(),
        ["searchable"] = false, ["json_ld"] = new TrustedHtml(""),
    };

    private static ScriptObject SwitcherOption(Language language, string url, bool current, bool isFallback) => new()
    {
        ["name"] = language.Name, ["code"] = language.Code, ["html_lang"] = language.HtmlLang, ["hreflang"] = language.Hreflang,
        ["url"] = url, ["current"] = current, ["is_fallback"] = isFallback,
    };

    private static ScriptObject Root(ScriptObject view, Language language, RenderInputs inputs)
    {
        var model = inputs.Model;
        var basePath = model.Config.BasePath;
        var site = new ScriptObject
        {
            ["title"] = language.Title,
            ["base_path"] = basePath,
            ["home_url"] = basePath + language.Code + "/",
            ["root_url"] = basePath,
            ["lang"] = LanguageView(language),
            ["css_url"] = inputs.Assets.Css,
            ["print_css_url"] = inputs.Assets.PrintCss,
            ["favicon_url"] = inputs.Assets.Favicon,
            ["search_js_url"] = inputs.Assets.SearchJs,
            ["feed_url"] = basePath + language.Code + "/" + Publishing.Feeds.FileName,
            ["search_url"] = inputs.SearchEnabled ? basePath + language.Code + "/" + Publishing.Search.Slug : null,
            ["pagefind_url"] = basePath + Publishing.Search.Bundle + "/",
        };
        var root = new ScriptObject { ["page"] = view, ["site"] = site };
        root.SetValue("url", new TemplateFunction(1, (_, caller, args) =>
        {
            var key = TemplateFunction.Text(caller, args, 0);
            return (model.Find(key) ?? throw new KeyNotFoundException($"The template asks for the URL of page '{key}', which does not exist.")).In(language.Code).Url;
        }), readOnly: true);
        return root;
    }

    public static ScriptObject LanguageView(Language language) => new()
    {
        ["code"] = language.Code,
        ["name"] = language.Name,
        ["html_lang"] = language.HtmlLang,
        ["hreflang"] = language.Hreflang,
        ["dir"] = language.DirAttribute,
    };

    private static string YamlKind(PageKind kind) => Yaml.YamlMap.Kebab(kind.ToString());

    /// <summary>Fallback copies point search engines at the page whose content they show.</summary>
    public static LocalizedPage Canonical(LocalizedPage page) =>
        page.IsReal ? page : page.Node.In(page.ContentLanguage.Code);

    private static List<ScriptObject> Breadcrumbs(LocalizedPage page, SiteModel model)
    {
        var crumbs = new List<ScriptObject>();
        if (page.Node.Kind == PageKind.Home) return crumbs;
        var lang = page.Language.Code;
        if (model.Find("index") is { } home) crumbs.Add(Crumb(home.In(lang)));
        if (page.Node.Kind != PageKind.Section && page.Node.Section.Length > 0 && model.FindByPath(model.Config.DefaultLanguage, page.Node.Section + "/index") is { } section)
            crumbs.Add(Crumb(section.In(lang)));
        return crumbs;
    }

    private static ScriptObject Crumb(LocalizedPage p) => new() { ["title"] = p.Text.Title, ["url"] = p.Url, ["lang"] = ForeignLang(p), ["kind"] = YamlKind(p.Node.Kind) };

    private static List<ScriptObject> Alternates(LocalizedPage page, SiteModel model) =>
        [.. model.Config.Languages.Select(l => page.Node.In(l.Code)).Where(p => p.IsReal)
            .Select(p => new ScriptObject { ["hreflang"] = p.Language.Hreflang, ["url"] = model.Config.Absolute(p.Url) })];

    private static void AddFacts(ScriptObject view, LocalizedPage page, SiteModel model, SiteData data, Dictionary d)
    {
        var lang = page.Language.Code;
        switch (page.Node.Facts)
        {
            case InitiativeFacts i:
                view["priority"] = PriorityLink(i.Priority, model, lang);
                view["status"] = d.Text("status." + Yaml.YamlMap.Kebab(i.Status.ToString()));
                view["period"] = i.Period is { } p ? DateFormatter.Period(d, p) : null;
                break;
            case EventFacts e:
                view["priority"] = PriorityLink(e.Priority, model, lang);
                view["date"] = DateFormatter.FormatRange(d, e.Date, e.EndDate);
                view["date_iso"] = e.Date.Iso;
                view["end_date_iso"] = e.EndDate?.Iso;
                view["place"] = e.Place is null ? null : data.PlaceName(e.Place, lang);
                break;
        }
    }

    private static ScriptObject? PriorityLink(string? priority, SiteModel model, string lang) =>
        priority is null || model.Find("priorities/" + priority) is not { } node ? null : Card(node.In(lang), null);

    private static void AddLists(ScriptObject view, LocalizedPage page, SiteModel model, Dictionary d, SiteData data)
    {
        var lang = page.Language.Code;
        var node = page.Node;
        var (priorities, initiatives, events) = (model.Priorities, model.Initiatives, model.Events);
        ScriptObject InitiativeCard(PageNode n) => Card(n.In(lang), d.Text("status." + Yaml.YamlMap.Kebab(((InitiativeFacts)n.Facts).Status.ToString())));
        ScriptObject EventCard(PageNode n) => EventCardView(n.In(lang), d, data);
        string? PriorityOf(PageNode n) => n.Facts switch { InitiativeFacts i => i.Priority, EventFacts e => e.Priority, _ => null };

        switch (node.Kind)
        {
            case PageKind.Home:
                view["children"] = priorities.Select(p => PriorityCard(p, lang, initiatives, d)).ToList();
                view["events"] = events.Select(EventCard).ToList();
                break;
            case PageKind.Priority:
                var key = node.Slug;
                view["initiatives"] = initiatives.Where(n => PriorityOf(n) == key).Select(InitiativeCard).ToList();
                view["events"] = events.Where(n => PriorityOf(n) == key).Select(EventCard).ToList();
                break;
            case PageKind.Section when node.Section == PageKinds.Priorities:
                view["children"] = priorities.Select(p => PriorityCard(p, lang, initiatives, d)).ToList();
                break;
            case PageKind.Section when node.Section == PageKinds.Initiatives:
                var groups = priorities.Select(p => new ScriptObject
                {
                    ["priority"] = Card(p.In(lang), null),
                    ["items"] = initiatives.Where(n => PriorityOf(n) == p.Slug).Select(InitiativeCard).ToList(),
                }).ToList();
                var unassigned = initiatives.Where(n => PriorityOf(n) is null).Select(InitiativeCard).ToList();
                view["groups"] = groups;
                view["children"] = unassigned;
                break;
            case PageKind.Section when node.Section == PageKinds.Events:
                view["events"] = events.Select(EventCard).ToList();
                break;
        }
    }

    private static ScriptObject PriorityCard(PageNode priority, string lang, IReadOnlyList<PageNode> initiatives, Dictionary d)
    {
        var key = priority.Slug;
        var count = initiatives.Count(n => ((InitiativeFacts)n.Facts).Priority == key);
        return Card(priority.In(lang), d.Plural("count.initiatives", count));
    }

    private static ScriptObject EventCardView(LocalizedPage p, Dictionary d, SiteData data)
    {
        var facts = (EventFacts)p.Node.Facts;
        var card = Card(p, DateFormatter.FormatRange(d, facts.Date, facts.EndDate));
        card["date_iso"] = facts.Date.Iso;
        card["place"] = facts.Place is null ? null : data.PlaceName(facts.Place, p.Language.Code);
        return card;
    }

    private static ScriptObject Card(LocalizedPage p, string? meta) => new()
    {
        ["title"] = p.Text.Title,
        ["description"] = p.Text.Description,
        ["url"] = p.Url,
        ["meta"] = meta,
        ["lang"] = ForeignLang(p),
        ["date_iso"] = null,
        ["place"] = null,
    };

    /// <summary>The lang attribute a link or card needs when its text is in another language (fallback content).</summary>
    private static string? ForeignLang(LocalizedPage p) => p.ContentLanguage == p.Language ? null : p.ContentLanguage.HtmlLang;
}
