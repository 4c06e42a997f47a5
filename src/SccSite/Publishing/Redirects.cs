using SccSite.Content;

namespace SccSite.Publishing;

/// <summary>Redirect pages for moved pages: a meta refresh plus a canonical link, in every language.</summary>
public static class Redirects
{
    public static IEnumerable<(string Destination, string Html, PageNode Node)> For(SiteModel model)
    {
        foreach (var node in model.Nodes)
        {
            foreach (var alias in node.Source.Meta.Aliases)
                foreach (var page in node.Pages)
                    yield return (PageUrls.Destination(page.Language.Code, alias + "/index"), Html(model.Config.Absolute(page.Url), page.Language.HtmlLang, page.Text.Title), node);
        }
    }

    /// <summary>A redirect page loads nothing: no script, style, image or frame. The meta refresh is not governed by CSP.</summary>
    public const string Policy = "default-src 'none'; base-uri 'none'; form-action 'none'";

    public static string Html(string target, string lang, string title)
    {
        var url = Text.Html.Encode(target);
        return $"""
            <!DOCTYPE html>
            <html lang="{Text.Html.Encode(lang)}">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="{Policy}">
            <title>{Text.Html.Encode(title)}</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="{url}">
            <meta http-equiv="refresh" content="0; url={url}">
            </head>
            <body>
            <p><a href="{url}">{Text.Html.Encode(title)}</a></p>
            </body>
            </html>

            """;
    }
}
