using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SccSite.Content;
using SccSite.Markdown;

namespace SccSite.Translations;

/// <summary>One block of text a reader sees (a heading, paragraph, list item or table cell) and where it starts in its file.</summary>
public sealed record TextBlock(string Text, int Line, int Column);

/// <summary>The words of a page as readers see them: no link targets, code, or HTML.</summary>
public static class ReadableText
{
    public static IReadOnlyList<TextBlock> Blocks(FrontMatter meta)
    {
        var blocks = new List<TextBlock>();
        foreach (var leaf in MarkdownParser.Parse(meta.Body, meta.BodyLine).Ast.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null) continue;
            var text = Plain(leaf.Inline);
            if (text.Length > 0) blocks.Add(new TextBlock(text, leaf.Line + meta.BodyLine, leaf.Column + 1));
        }
        return blocks;
    }

    /// <summary>The text of inlines with code, HTML and link targets left out and spaces collapsed.</summary>
    public static string Plain(ContainerInline inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container) Append(child, text);
                break;
        }
    }
}
