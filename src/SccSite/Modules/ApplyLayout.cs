using SccSite.Content;
using SccSite.Engine;
using SccSite.Templates;

namespace SccSite.Modules;

/// <summary>Renders each page through its kind's layout inside the base layout.</summary>
public sealed class ApplyLayout : PerDocumentModule, IReads<PageRenderer>
{
    protected override Document Process(Document document, ModuleContext context)
    {
        var html = context.Get<PageRenderer>().Render(document.Get<LocalizedPage>(), document.Get<BodyHtml>().Html, context.Cancellation);
        return document.Without<BodyHtml>().Without<ResolvedLinks>().WithContent(html);
    }
}
