using Markdig.Renderers;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Markdown;
using SccSite.Templates;

namespace SccSite.Modules;

/// <summary>The page body as HTML, with its links rewritten to the reader's language.</summary>
public sealed record BodyHtml(TrustedHtml Html);

/// <summary>Renders each page's parsed Markdown to HTML using the links resolved in the link phase.</summary>
public sealed class RenderMarkdown : PerDocumentModule
{
    protected override Document Process(Document document, BuildContext context)
    {
        var page = document.Get<LocalizedPage>();
        var links = document.Get<ResolvedLinks>().Urls;
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = url => links.GetValueOrDefault(url, url) };
        MarkdownPipelineFactory.Shared.Setup(renderer);
        renderer.Render(page.Content.Get<MarkdownBody>().Ast);
        return document.With(new BodyHtml(new TrustedHtml(writer.ToString())));
    }
}
