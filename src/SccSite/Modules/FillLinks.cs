using SccSite.Content;
using SccSite.Engine;
using SccSite.Markdown;
using SccSite.Templates;

namespace SccSite.Modules;

/// <summary>The page body, with its links pointing into the reader's language.</summary>
public sealed record BodyHtml(IHtmlContent Html);

/// <summary>Gives each published page its body: the rendered Markdown, filled with the link URLs resolved for its language as it is written.</summary>
public sealed class FillLinks : PerDocumentModule, IReads<SiteModel>
{
    protected override Document Process(Document document, ModuleContext context)
    {
        var page = document.Get<LocalizedPage>();
        var links = document.Get<ResolvedLinks>().Urls;
        var body = context.Get<SiteModel>().DocumentOf(page.Content).Get<MarkdownBody>();
        return document.With(new BodyHtml(new FilledBody(body.Html, url => links.GetValueOrDefault(url, url))));
    }
}
