using SccSite.Content;
using SccSite.Engine;
using SccSite.Markdown;

namespace SccSite.Modules;

/// <summary>Parses each page body once with the shared Markdig pipeline; a body past a parser limit, or a paragraph still holding the 'new' placeholder, is an error at its line.</summary>
public sealed class ParseMarkdown : PerDocumentModule
{
    protected override Document Process(Document document, ModuleContext context)
    {
        var meta = document.Get<FrontMatter>();
        MarkdownTree tree;
        var file = document.Get<SourceFile>().DisplayPath;
        try
        {
            tree = MarkdownParser.Parse(meta.Body, meta.BodyLine, Placeholder.Prefix);
        }
        catch (MarkdownLimitException e)
        {
            var p = e.Problem;
            throw new BuildException(new BuildError(file, p.Line, p.Column, p.Message, p.Hint));
        }
        if (!tree.Placeholders.IsEmpty)
            throw new BuildException([.. tree.Placeholders.Select(p => new BuildError(file, p.Line, p.Column,
                $"This paragraph still starts with the placeholder '{Placeholder.Prefix}'.", "Write the text of the page here; the page builds once no 'TODO:' is left."))]);
        return document.With(tree);
    }
}
