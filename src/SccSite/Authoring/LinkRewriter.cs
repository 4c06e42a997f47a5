using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SccSite.Content;
using SccSite.Markdown;

namespace SccSite.Authoring;

/// <summary>
/// Rewrites the relative links of one page's body after files move: each link is resolved from
/// where the page was, its target is mapped to where that file is now, and the link is written
/// relative to where the page is now. Links whose target and page did not move stay as written.
/// </summary>
public static class LinkRewriter
{
    /// <summary>The body with its links rewritten, and how many changed.</summary>
    /// <param name="page">The page as it was (its old path decides what its links meant).</param>
    /// <param name="newRelativePath">Where the page is now, inside its language folder.</param>
    /// <param name="moved">Old path → new path of every moved file, relative to input/ ("en/a.md").</param>
    public static (string Body, int Changed) Rewrite(SourceFile page, string body, string newRelativePath, IReadOnlyDictionary<string, string> moved)
    {
        var edits = new List<(int Start, int Length, string Text)>();
        foreach (var (start, length) in Destinations(body))
        {
            var raw = body.Substring(start, length);
            var bracketed = raw.StartsWith('<') && raw.EndsWith('>');
            var url = bracketed ? raw[1..^1] : raw;
            if (Rewritten(page, url, newRelativePath, moved) is { } rewritten && rewritten != url)
                edits.Add((start, length, bracketed ? $"<{rewritten}>" : rewritten));
        }
        foreach (var (start, length, text) in edits.OrderByDescending(e => e.Start))
            body = body.Remove(start, length).Insert(start, text);
        return (body, edits.Count);
    }

    /// <summary>Where link and image destinations are written in a body (inline links and reference definitions).</summary>
    private static IEnumerable<(int Start, int Length)> Destinations(string body)
    {
        var ast = MarkdownParser.Parse(body, 1).Ast;
        foreach (var node in ast.Descendants())
        {
            if (node is LinkInline { IsAutoLink: false, UrlSpan: { IsEmpty: false } span } link && link.Url is { Length: > 0 })
                yield return (span.Start, span.Length);
            else if (node is LinkReferenceDefinition { UrlSpan: { IsEmpty: false } definition } and not Markdig.Extensions.Footnotes.FootnoteLinkReferenceDefinition)
                yield return (definition.Start, definition.Length);
        }
    }

    private static string? Rewritten(SourceFile page, string url, string newRelativePath, IReadOnlyDictionary<string, string> moved)
    {
        if (url.StartsWith('#') || url.StartsWith('/') || IsExternal(url)) return null;
        var cut = url.IndexOfAny(['#', '?']);
        var path = cut < 0 ? url : url[..cut];
        var suffix = cut < 0 ? "" : url[cut..];
        if (path.Length == 0 || RelativeLinks.Resolve(page, path) is not { } target) return null;
        var pageMoved = newRelativePath != page.RelativePath;
        var targetMoved = moved.TryGetValue(target, out var newTarget);
        if (!pageMoved && !targetMoved) return null;
        var from = $"{page.Language}/{newRelativePath}";
        return Relative(from, targetMoved ? newTarget! : target) + suffix;
    }

    /// <summary>The relative link from one file to another, both relative to input/ ("en/a/b.md" → "en/c.md" is "../c.md").</summary>
    public static string Relative(string fromFile, string toFile)
    {
        var from = fromFile.Split('/')[..^1];
        var to = toFile.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common]) common++;
        return string.Join('/', Enumerable.Repeat("..", from.Length - common).Concat(to[common..]));
    }

    private static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || (url.IndexOf(':') is var c and > 0 && url[..c].All(char.IsAsciiLetter));
}
