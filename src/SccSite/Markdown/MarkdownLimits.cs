using System.Globalization;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdigMarkdown = Markdig.Markdown;

namespace SccSite.Markdown;

/// <summary>
/// The limits a page must keep so that parsing it stays quick and safe. Markdig refuses nesting
/// past its depth limit with an exception that has no position; this finds where it happens.
/// </summary>
public static class MarkdownLimits
{
    /// <summary>Markdig gives each new heading with the same text a new id by trying -1, -2 … in turn: many headings cost quadratic time.</summary>
    public const int MaxHeadings = 5000;

    /// <summary>Links and images per page: each is resolved and checked on its own.</summary>
    public const int MaxLinks = 10000;

    /// <summary>Counts lines that may be headings (ATX '#' lines and setext underlines) before parsing, so a page of them cannot stall the build.</summary>
    public static void CheckHeadings(string body, int firstLine)
    {
        var count = 0;
        var line = 0;
        foreach (var text in body.AsSpan().EnumerateLines())
        {
            if (MayBeHeading(text) && ++count > MaxHeadings)
                throw new MarkdownLimitException(new MarkdownProblem(firstLine + line, 1,
                    $"The page has more than {MaxHeadings.ToString("N0", CultureInfo.InvariantCulture)} headings.", "Split it into several pages."));
            line++;
        }
    }

    public static MarkdownProblem TooManyLinks(int line, int column) => new(line, column,
        $"The page has more than {MaxLinks.ToString("N0", CultureInfo.InvariantCulture)} links and images.", "Split it into several pages.");

    private static bool MayBeHeading(ReadOnlySpan<char> line)
    {
        var text = line.TrimStart(' ');
        return text.Length > 0 && (text[0] == '#' || ((text[0] == '=' || text[0] == '-') && text.TrimEnd().Trim(text[0]).IsEmpty));
    }

    /// <summary>Whether Markdig refused the text for nesting past its depth limit.</summary>
    public static bool IsNestingLimit(Exception e) =>
        e is ArgumentException && e.Message.Contains("too deeply nested", StringComparison.Ordinal);

    /// <summary>
    /// A parsed tree can still nest deeper than the limit (5,000 '[' parse into nested brackets
    /// that only the renderer refuses): the first node, in document order, below the limit, or null.
    /// </summary>
    public static MarkdownProblem? TooDeepTree(MarkdownDocument ast, int firstLine)
    {
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((ast, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > MarkdownPipelineFactory.MaxNestingDepth) return Nesting(node.Line + firstLine, node.Column + 1);
            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--) stack.Push((container[i], depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, depth + 1));
                    break;
            }
        }
        return null;
    }

    /// <summary>Where nesting first passes the limit: the shortest prefix of the body Markdig refuses, found by bisection.</summary>
    public static MarkdownProblem TooDeep(string body, int firstLine)
    {
        int fits = 0, fails = body.Length;
        while (fails - fits > 1)
        {
            var middle = fits + ((fails - fits) / 2);
            if (Refuses(body[..middle])) fails = middle;
            else fits = middle;
        }
        var offset = fails - 1;
        var lineStart = offset == 0 ? 0 : body.LastIndexOf('\n', offset - 1) + 1;
        var line = firstLine + body.AsSpan(0, lineStart).Count('\n');
        return Nesting(line, offset - lineStart + 1);
    }

    private static MarkdownProblem Nesting(int line, int column) => new(line, column,
        $"The Markdown nests deeper than {MarkdownPipelineFactory.MaxNestingDepth} levels.",
        "Block quotes ('>'), lists, brackets or emphasis sit inside each other here: flatten them, or escape a literal character with a backslash (\\[).");

    private static bool Refuses(string text)
    {
        try
        {
            MarkdigMarkdown.Parse(text, MarkdownPipelineFactory.Shared);
            return false;
        }
        catch (ArgumentException e) when (IsNestingLimit(e))
        {
            return true;
        }
    }
}
