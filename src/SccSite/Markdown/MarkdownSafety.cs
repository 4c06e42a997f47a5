using System.Text;
using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SccSite.Config;

namespace SccSite.Markdown;

/// <summary>
/// The safety policy of page bodies, secure by default: raw HTML is an error unless site.yml
/// allows its tags and attributes (then HtmlSanitizer writes it out), attributes in {…} follow the
/// same allow list, and every link, image and autolink URL must be relative or http, https,
/// mailto or tel.
/// </summary>
public sealed partial class MarkdownSafety(MarkdownSettings settings)
{
    private readonly HtmlAllowList _allow = new(settings);

    /// <summary>Every problem of a parsed body, in document order, at its line and column in the file.</summary>
    public IReadOnlyList<MarkdownProblem> Check(MarkdownDocument ast, int firstLine)
    {
        var problems = new List<MarkdownProblem>();
        void Add(MarkdownObject at, string message, string hint) => problems.Add(new MarkdownProblem(at.Line + firstLine, at.Column + 1, message, hint));
        foreach (var node in ast.Descendants())
        {
            switch (node)
            {
                case HtmlBlock block when Review(block.Lines.ToString(), isBlock: true) is { Refusal: { } refusal, Hint: var hint }:
                    Add(block, $"Raw HTML is not allowed in Markdown: {refusal}.", hint);
                    break;
                case HtmlInline inline when Review(inline.Tag, isBlock: false) is { Refusal: { } refusal, Hint: var hint }:
                    Add(inline, $"Raw HTML is not allowed in Markdown: {refusal}.", hint);
                    break;
                case LinkInline { Url: { } url } link when UrlSchemes.Disallowed(url) is { } scheme:
                    Add((MarkdownObject?)link.Reference ?? link, $"The {(link.IsImage ? "image" : "link")} '{Shown(url)}' uses the scheme '{scheme}:', which is not allowed.", link.IsImage ? ImageHint : LinkHint);
                    break;
                case AutolinkInline { Url: { } url } autolink when UrlSchemes.Disallowed(url) is { } scheme:
                    Add(autolink, $"The link '{Shown(url)}' uses the scheme '{scheme}:', which is not allowed.", LinkHint);
                    break;
            }
            if (node.TryGetAttributes() is { Properties.Count: > 0 } attributes)
            {
                foreach (var (name, value) in attributes.Properties)
                {
                    if (!_allow.AllowsAttribute(name))
                        Add(node, $"The attribute '{name}' in {{…}} {_allow.AttributeReason(name)}.", "Remove it from the {…} after the element, or allow it in site.yml under markdown.allowHtml.attributes.");
                    else if (IsUrlAttribute(name) && value is not null && UrlSchemes.Disallowed(value) is { } scheme)
                        Add(node, $"The attribute '{name}' in {{…}} uses the scheme '{scheme}:', which is not allowed.", LinkHint);
                }
            }
        }
        return problems;
    }

    /// <summary>Writes allowed raw HTML as the sanitizer serialises it. Call it only on a tree <see cref="Check"/> found no problem in.</summary>
    public void SanitizeAllowedHtml(MarkdownDocument ast)
    {
        if (_allow.IsEmpty) return;
        foreach (var node in ast.Descendants().ToList())
        {
            switch (node)
            {
                case HtmlBlock block when Review(block.Lines.ToString(), isBlock: true).Html is { } html:
                    block.Lines = Lines(html);
                    break;
                case HtmlInline inline when Review(inline.Tag, isBlock: false).Html is { } html:
                    inline.Tag = html;
                    break;
            }
        }
    }

    private readonly record struct Verdict(string? Refusal, string Hint, string? Html);

    /// <summary>Whether a raw HTML block or inline tag is allowed; if so, its sanitised form.</summary>
    private Verdict Review(string raw, bool isBlock)
    {
        var text = raw.TrimStart();
        if (text.StartsWith("<!--", StringComparison.Ordinal)) return new("an HTML comment", CommentHint, null);
        var tag = TagName().Match(text);
        if (!tag.Success) return new($"'{Shown(text.Split('\n')[0])}'", GenericHint, null);
        var name = tag.Groups[2].Value.ToLowerInvariant();
        var hint = TagHints.GetValueOrDefault(name, GenericHint);
        if (_allow.IsEmpty) return new($"<{name}>", hint, null);
        if (!_allow.AllowsTag(name)) return new(_allow.TagRefusal(name), hint, null);
        if (!isBlock && tag.Groups[1].Value == "/") return new(null, hint, $"</{name}>");
        var (html, refusal) = _allow.Sanitize(raw);
        if (refusal is not null || html is null) return new(refusal ?? $"<{name}>", hint, null);
        if (!isBlock && html.EndsWith($"</{name}>", StringComparison.Ordinal)) html = html[..^($"</{name}>".Length)];
        return new(null, hint, html);
    }

    [GeneratedRegex("^<(/?)([A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex TagName();

    private static StringLineGroup Lines(string html)
    {
        var lines = new StringLineGroup(4);
        foreach (var line in html.TrimEnd('\n').Split('\n')) lines.Add(new StringSlice(line));
        return lines;
    }

    private static bool IsUrlAttribute(string name) => name.ToLowerInvariant() is "href" or "src" or "cite" or "action" or "background" or "poster" or "srcset" or "xlink:href";

    /// <summary>A URL as it can be shown in one line of a message: control characters visible, long URLs cut.</summary>
    private static string Shown(string url)
    {
        var shown = new StringBuilder();
        foreach (var c in url.Length > 60 ? url[..60] : url)
            shown.Append(char.IsControl(c) ? $"\\x{(int)c:X2}" : c.ToString());
        return url.Length > 60 ? shown + "…" : shown.ToString();
    }

    private const string GenericHint = "Write it in Markdown, or allow the tag in site.yml under markdown.allowHtml.";
    private const string CommentHint = "Markdown has no comments: delete it, or write the note as [//]: # (your note) on a line of its own.";
    private const string LinkHint = "Links may be relative paths (../priorities/energy-cooperation.md) or use http, https, mailto or tel.";
    private const string ImageHint = "Put the image in input/static/ and link it with a relative path, or use an https URL.";

    private static readonly Dictionary<string, string> TagHints = new(StringComparer.Ordinal)
    {
        ["b"] = "Write **bold** in Markdown instead.",
        ["strong"] = "Write **bold** in Markdown instead.",
        ["i"] = "Write *italic* in Markdown instead.",
        ["em"] = "Write *italic* in Markdown instead.",
        ["a"] = "Write a link as [text](url) in Markdown instead.",
        ["img"] = "Write an image as ![alt text](../static/picture.png) in Markdown instead.",
        ["br"] = "End the line with two trailing spaces for a line break, or leave a blank line for a new paragraph.",
        ["p"] = "Leave a blank line between paragraphs instead.",
        ["div"] = "Leave a blank line between paragraphs instead; the theme styles the layout.",
        ["span"] = "Write the text without it, or use *italic* or **bold**.",
        ["table"] = "Write a pipe table instead: | A | B | on one line, | --- | --- | below it, then one row per line.",
        ["ul"] = "Write a list with one '- item' per line instead.",
        ["ol"] = "Write a numbered list with one '1. item' per line instead.",
        ["li"] = "Write a list with one '- item' per line instead.",
        ["h1"] = "Write a heading as '## Heading' in Markdown instead.",
        ["h2"] = "Write a heading as '## Heading' in Markdown instead.",
        ["h3"] = "Write a heading as '### Heading' in Markdown instead.",
        ["h4"] = "Write a heading as '#### Heading' in Markdown instead.",
        ["h5"] = "Write a heading as '##### Heading' in Markdown instead.",
        ["h6"] = "Write a heading as '###### Heading' in Markdown instead.",
        ["blockquote"] = "Start each line of the quote with '> ' instead.",
        ["code"] = "Write `code` between backticks instead.",
        ["pre"] = "Write code in a fenced block between two ``` lines instead.",
        ["hr"] = "Write a line with just --- (with a blank line above it) instead.",
        ["s"] = "Write ~~struck text~~ in Markdown instead.",
        ["del"] = "Write ~~struck text~~ in Markdown instead.",
        ["sup"] = "Write ^superscript^ in Markdown instead.",
        ["sub"] = "Write ~subscript~ in Markdown instead.",
        ["mark"] = "Write ==marked text== in Markdown instead.",
        ["script"] = "A page cannot run scripts: scripts belong in the theme.",
        ["style"] = "Styles belong in the theme's CSS (theme/assets/css/).",
        ["iframe"] = "Link to the page instead: [title](https://…).",
        ["object"] = "Link to the file instead: [title](../static/file.pdf).",
        ["embed"] = "Link to the file instead: [title](../static/file.pdf).",
    };
}
