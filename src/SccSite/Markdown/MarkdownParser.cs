using System.Collections.Immutable;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdigMarkdown = Markdig.Markdown;

namespace SccSite.Markdown;

/// <summary>A parsed body: the syntax tree, its links in source order, and its heading ids.</summary>
public sealed record MarkdownTree(MarkdownDocument Ast, ImmutableArray<LinkReference> Links, ImmutableArray<string> HeadingIds)
{
    /// <summary>Paragraphs that still start with a placeholder marker ("TODO:"), as (line, column) in the file.</summary>
    public ImmutableArray<(int Line, int Column)> Placeholders { get; init; } = [];
}

public static class MarkdownParser
{
    /// <summary>
    /// Parses a body; <paramref name="firstLine"/> is the body's 1-based line in its file. A body past a
    /// limit (nesting, headings, links) throws <see cref="MarkdownLimitException"/> with its position.
    /// </summary>
    public static MarkdownTree Parse(string body, int firstLine, string? placeholderPrefix = null)
    {
        MarkdownLimits.CheckHeadings(body, firstLine);
        MarkdownDocument ast;
        try
        {
            ast = MarkdigMarkdown.Parse(body, MarkdownPipelineFactory.Shared);
        }
        catch (ArgumentException e) when (MarkdownLimits.IsNestingLimit(e))
        {
            throw new MarkdownLimitException(MarkdownLimits.TooDeep(body, firstLine));
        }
        if (MarkdownLimits.TooDeepTree(ast, firstLine) is { } tooDeep) throw new MarkdownLimitException(tooDeep);
        var links = ImmutableArray.CreateBuilder<LinkReference>();
        var ids = ImmutableArray.CreateBuilder<string>();
        var placeholders = ImmutableArray.CreateBuilder<(int, int)>();
        var linkCount = 0;
        foreach (var node in ast.Descendants())
        {
            if (node is LinkInline or AutolinkInline && ++linkCount > MarkdownLimits.MaxLinks)
                throw new MarkdownLimitException(MarkdownLimits.TooManyLinks(node.Line + firstLine, node.Column + 1));
            if (node is LinkInline { Url.Length: > 0, IsAutoLink: false } link)
                links.Add(new LinkReference(link.Url!, link.Line + firstLine, link.Column + 1, link.IsImage, link.FirstChild is not null));
            else if (node is HeadingBlock heading && heading.GetAttributes().Id is { } id)
                ids.Add(id);
            else if (placeholderPrefix is not null && node is ParagraphBlock { Inline.FirstChild: LiteralInline first } paragraph
                     && first.Content.ToString().StartsWith(placeholderPrefix, StringComparison.Ordinal))
                placeholders.Add((paragraph.Line + firstLine, paragraph.Column + 1));
        }
        return new MarkdownTree(ast, links.ToImmutable(), ids.ToImmutable()) { Placeholders = placeholders.ToImmutable() };
    }
}
