using SccSite.Config;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Markdown;

namespace SccSite.Modules;

/// <summary>
/// Applies the Markdown safety policy to each parsed body: raw HTML outside site.yml's allow list,
/// script-capable attributes and unsafe URL schemes fail the build at their line and column;
/// allowed raw HTML is rewritten as the sanitizer serialises it.
/// </summary>
public sealed class CheckMarkdownSafety : PerDocumentModule, IReads<SiteConfig>
{
    protected override Document Process(Document document, ModuleContext context)
    {
        var tree = document.Get<MarkdownTree>();
        var policy = new MarkdownSafety(context.Get<SiteConfig>().Markdown);
        var problems = policy.Check(tree.Ast, document.Get<FrontMatter>().BodyLine);
        if (problems.Count > 0)
        {
            var file = document.Get<SourceFile>().DisplayPath;
            throw new BuildException([.. problems.Select(p => new BuildError(file, p.Line, p.Column, p.Message, p.Hint))]);
        }
        policy.SanitizeAllowedHtml(tree.Ast);
        return document;
    }
}
