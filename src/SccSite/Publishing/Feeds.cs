using SccSite.Config;
using SccSite.Content;
using SccSite.I18n;

namespace SccSite.Publishing;

/// <summary>One Atom feed per language of the site's dated items (events), newest first.</summary>
public static class Feeds
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static string Render(SiteModel model, Language language, UiStrings dictionary)
    {
        var config = model.Config;
        var events = model.OfKind(PageKind.Event)
            .Select(n => n.In(language.Code))
            .OrderByDescending(p => ((EventFacts)p.Node.Facts).Date)
            .ThenBy(p => p.Node.Key, StringComparer.Ordinal)
            .ToList();
        var home = config.Absolute(config.BasePath + language.Code + "/");
        // Stamps come from the content, never the clock, so the same input gives the same feed.
        var updated = events.Count == 0 ? "2000-01-01T00:00:00Z" : Stamp(((EventFacts)events[0].Node.Facts).Date);
        return Xml.Write(w =>
        {
            w.WriteStartElement("feed", Atom);
            w.WriteAttributeString("xml", "lang", null, language.HtmlLang);
            w.WriteElementString("title", Atom, language.Title);
            w.WriteElementString("subtitle", Atom, dictionary.Text("feed.subtitle"));
            w.WriteElementString("id", Atom, home);
            w.WriteElementString("updated", Atom, updated);
            Link(w, "self", config.Absolute(config.BasePath + language.Code + "/" + PageUrls.FeedFile));
            Link(w, "alternate", home);
            w.WriteStartElement("author", Atom);
            w.WriteElementString("name", Atom, language.Title);
            w.WriteEndElement();
            foreach (var page in events)
            {
                var facts = (EventFacts)page.Node.Facts;
                var url = config.Absolute(page.Url);
                w.WriteStartElement("entry", Atom);
                if (page.ContentLanguage != language) w.WriteAttributeString("xml", "lang", null, page.ContentLanguage.HtmlLang);
                w.WriteElementString("title", Atom, page.Text.Title);
                w.WriteElementString("id", Atom, url);
                Link(w, "alternate", url);
                w.WriteElementString("published", Atom, Stamp(facts.Date));
                w.WriteElementString("updated", Atom, Stamp(facts.Date));
                w.WriteStartElement("summary", Atom);
                w.WriteString($"{DateFormatter.FormatRange(dictionary, facts.Date, facts.EndDate)}. {page.Text.Description}");
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
    }

    private static string Stamp(PartialDate date) => $"{date.Year:D4}-{date.Month:D2}-{date.Day ?? 1:D2}T00:00:00Z";

    private static void Link(System.Xml.XmlWriter w, string rel, string href)
    {
        w.WriteStartElement("link", Atom);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }
}
