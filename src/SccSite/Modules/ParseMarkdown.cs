using SccSite.Content;
using SccSite.Engine;
using SccSite.Markdown;

namespace SccSite.Modules;

/// <summary>Parses each page body once with the shared Markdig pipeline; a body past a parser limit is an error at its line.</summary>
public sealed class ParseMarkdown : PerDocumentModule
{
    protected override Document Process(Document document, ModuleContext context)
    {
        var meta = document.Get<FrontMatter>();
        try
        {
            return document.With(MarkdownParser.Parse(meta.Body, meta.BodyLine));
        }
        catch (MarkdownLimitException e)
        {
            var p = e.Problem;
            throw new BuildException(new BuildError(document.Get<SourceFile>().DisplayPath, p.Line, p.Column, p.Message, p.Hint));
        }
    }
}
