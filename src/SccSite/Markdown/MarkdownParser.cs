using System.Collections.Immutable;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdigMarkdown = Markdig.Markdown;

namespace SccSite.Markdown;

public static class MarkdownParser
{
    /// <summary>Parses a body; <paramref name="firstLine"/> is the body's 1-based line in its file.</summary>
    public static MarkdownBody Parse(string body, int firstLine)
    {
        var ast = MarkdigMarkdown.Parse(body, MarkdownPipelineFactory.Shared);
        var links = ImmutableArray.CreateBuilder<LinkReference>();
        foreach (var link in ast.Descendants<LinkInline>())
            if (link.Url is { Length: > 0 } url && !link.IsAutoLink)
                links.Add(new LinkReference(url, link.Line + firstLine, link.Column + 1, link.IsImage));
        var ids = ast.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>().ToImmutableArray();
        return new MarkdownBody(ast, links.ToImmutable(), ids);
    }
}
