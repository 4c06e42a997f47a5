using System.Text.Json.Nodes;
using SccSite.Config;
using SccSite.Content;

namespace SccSite.Templates.Views;

/// <summary>JSON-LD for the head of each page: the website, the organisation it is about, and an Event for event pages.</summary>
public static class StructuredData
{
    public static TrustedHtml ForSite(Language language, SiteModel model) =>
        Serialize(new JsonArray(WebSite(language, model), Organization()));

    public static TrustedHtml ForPage(LocalizedPage page, SiteModel model, SiteData data)
    {
        var graph = new JsonArray(WebSite(page.Language, model), Organization());
        if (page.Node.Facts is EventFacts e)
        {
            var text = page.Text;
            var item = new JsonObject
            {
                ["@type"] = "Event",
                ["name"] = text.Title,
                ["description"] = text.Description,
                ["url"] = model.Config.Absolute(page.Url),
                ["inLanguage"] = page.ContentLanguage.HtmlLang,
                ["startDate"] = e.Date.Iso,
            };
            if (e.EndDate is { } end) item["endDate"] = end.Iso;
            if (e.Place is { } place)
                item["location"] = new JsonObject { ["@type"] = "Place", ["name"] = data.PlaceName(place, page.Language.Code) };
            graph.Add(item);
        }
        return Serialize(graph);
    }

    private static JsonObject WebSite(Language language, SiteModel model) => new()
    {
        ["@type"] = "WebSite",
        ["name"] = language.Title,
        ["url"] = model.Config.Absolute(model.Config.BasePath + language.Code + "/"),
        ["inLanguage"] = language.HtmlLang,
        ["about"] = new JsonObject { ["@id"] = "#sco" },
    };

    // Facts from the source article: founded in 2001 in Shanghai.
    private static JsonObject Organization() => new()
    {
        ["@type"] = "Organization",
        ["@id"] = "#sco",
        ["name"] = "Shanghai Cooperation Organisation",
        ["alternateName"] = "SCO",
        ["foundingDate"] = "2001",
        ["foundingLocation"] = new JsonObject { ["@type"] = "Place", ["name"] = "Shanghai" },
    };

    private static TrustedHtml Serialize(JsonArray graph) =>
        SafeJson.ForScript(new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph });
}
