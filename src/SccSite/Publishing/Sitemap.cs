using SccSite.Content;

namespace SccSite.Publishing;

/// <summary>sitemap.xml from the translation graph: every real page, with its translations and x-default.</summary>
public static class Sitemap
{
    public const string FileName = "sitemap.xml";
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    public static string Render(SiteModel model) => Xml.Write(w =>
    {
        var config = model.Config;
        w.WriteStartElement("urlset", Ns);
        w.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
        foreach (var page in RealPages(model))
        {
            w.WriteStartElement("url", Ns);
            w.WriteElementString("loc", Ns, config.Absolute(page.Url));
            var alternates = config.Languages.Select(l => page.Node.In(l.Code)).Where(p => p.IsReal).ToList();
            foreach (var alternate in alternates)
                Link(w, alternate.Language.Hreflang, config.Absolute(alternate.Url));
            Link(w, "x-default", config.Absolute(page.Node.In(config.DefaultLanguage).Url));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });

    /// <summary>Every real page (no fallback copies), in language order then key order.</summary>
    public static IEnumerable<LocalizedPage> RealPages(SiteModel model) =>
        model.Config.Languages.SelectMany(l => model.PagesIn(l.Code)).Where(p => p.IsReal);

    private static void Link(System.Xml.XmlWriter w, string hreflang, string href)
    {
        w.WriteStartElement("xhtml", "link", XhtmlNs);
        w.WriteAttributeString("rel", "alternate");
        w.WriteAttributeString("hreflang", hreflang);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    public static string Robots(SiteModel model) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {model.Config.Absolute(model.Config.BasePath + FileName)}\n";
}
