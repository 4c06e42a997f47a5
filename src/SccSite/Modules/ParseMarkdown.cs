using SccSite.Content;
using SccSite.Engine;
using SccSite.Markdown;

namespace SccSite.Modules;

/// <summary>Parses each page body once with the shared Markdig pipeline.</summary>
public sealed class ParseMarkdown : PerDocumentModule
{
    protected override Document Process(Document document, ModuleContext context)
    {
        var meta = document.Get<FrontMatter>();
        return document.With(MarkdownParser.Parse(meta.Body, meta.BodyLine));
    }
}
