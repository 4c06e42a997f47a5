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
    public static IReadOnlyList<TextBlock> Blocks(FrontMatter meta) => Blocks(MarkdownParser.Parse(meta.Body, meta.BodyLine).Ast, meta.BodyLine);

    /// <summary>The blocks of a body already parsed; <paramref name="bodyLine"/> is the body's first line in its file.</summary>
    public static IReadOnlyList<TextBlock> Blocks(MarkdownDocument ast, int bodyLine)
    {
        var blocks = new List<TextBlock>();
        foreach (var leaf in ast.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null) continue;
            var text = Plain(leaf.Inline);
            if (text.Length > 0) blocks.Add(new TextBlock(text, leaf.Line + bodyLine, leaf.Column + 1));
        }
        return blocks;
    }

    /// <summary>The words of a body by script, counted over the parsed inlines without building their text.</summary>
    public static ScriptCount CountScripts(MarkdownDocument ast)
    {
        var count = new ScriptCount();
        foreach (var leaf in ast.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null) continue;
            Script? current = null; // each block starts a new word, as the text of Blocks would
            Count(leaf.Inline, count, ref current);
        }
        return count;
    }

    private static void Count(Inline inline, ScriptCount count, ref Script? current)
    {
        switch (inline)
        {
            case LiteralInline literal:
                count.Add(literal.Content.AsSpan(), ref current);
                break;
            case LineBreakInline:
                current = null;
                break;
            case ContainerInline container:
                foreach (var child in container) Count(child, count, ref current);
                break;
        }
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
