using SccSite.Config;
using SccSite.Content;
using SccSite.Engine;

namespace SccSite.Modules;

/// <summary>Reads each page's YAML front matter into typed fields for its page kind.</summary>
public sealed class ParseFrontMatter : PerDocumentModule, IReads<SiteConfig>
{
    protected override Document Process(Document document, ModuleContext context)
    {
        var source = document.Get<SourceFile>();
        var isSource = source.Language == context.Get<SiteConfig>().DefaultLanguage;
        return document.With(FrontMatterParser.Parse(source, isSource));
    }
}
