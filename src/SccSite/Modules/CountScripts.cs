using SccSite.Config;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Markdown;
using SccSite.Translations;

namespace SccSite.Modules;

/// <summary>
/// Counts the scripts of each translation's readable text from the tree already parsed, so the
/// translation report does not parse every body a second time (profiled: 0.6 s at 10,000 pages).
/// </summary>
public sealed class CountScripts : PerDocumentModule, IReads<SiteConfig>
{
    protected override Document Process(Document document, ModuleContext context)
    {
        if (document.Get<SourceFile>().Language == context.Get<SiteConfig>().DefaultLanguage) return document;
        return document.With(new BodyScripts(ReadableText.CountScripts(document.Get<MarkdownTree>().Ast)));
    }
}
