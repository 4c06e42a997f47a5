using SccSite.Content;
using SccSite.Engine;
using SccSite.Templates;

namespace SccSite.Modules;

/// <summary>A page rendered to its final bytes (UTF-8), ready for the output folder.</summary>
public sealed record RenderedPage(byte[] Utf8);

/// <summary>Renders each page through its kind's layout inside the base layout.</summary>
public sealed class ApplyLayout : PerDocumentModule, IReads<PageRenderer>
{
    protected override Document Process(Document document, ModuleContext context)
    {
        var bytes = context.Get<PageRenderer>().Render(document.Get<LocalizedPage>(), document.Get<BodyHtml>().Html, context.Cancellation);
        return document.Without<BodyHtml>().Without<ResolvedLinks>().With(new RenderedPage(bytes));
    }
}
