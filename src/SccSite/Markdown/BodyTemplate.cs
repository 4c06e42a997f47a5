using System.Collections.Immutable;
using System.Text;
using Markdig.Renderers;

namespace SccSite.Markdown;

/// <summary>
/// A body rendered to HTML once, with a placeholder where each relative link's URL goes. The
/// reader's language decides those URLs, so they are filled in per published page.
/// </summary>
public sealed class BodyTemplate
{
    private readonly string _html;
    private readonly ImmutableArray<(int Start, int Length, int Link)> _holes;

    private BodyTemplate(string html, ImmutableArray<(int, int, int)> holes, ImmutableArray<string> links)
    {
        _html = html;
        _holes = holes;
        Links = links;
    }

    /// <summary>The distinct relative URLs, in the order they are numbered in the placeholders.</summary>
    public ImmutableArray<string> Links { get; }

    /// <summary>Renders a tree; every URL for which <paramref name="isRelative"/> holds becomes a placeholder.</summary>
    public static BodyTemplate Render(MarkdownTree tree, Func<string, bool> isRelative, string nonce)
    {
        var links = new List<string>();
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer)
        {
            LinkRewriter = url =>
            {
                if (!isRelative(url)) return url;
                var index = links.IndexOf(url);
                if (index < 0)
                {
                    index = links.Count;
                    links.Add(url);
                }
                return Token(nonce, index);
            },
        };
        MarkdownPipelineFactory.Shared.Setup(renderer);
        renderer.Render(tree.Ast);
        var html = writer.ToString();
        var holes = ImmutableArray.CreateBuilder<(int, int, int)>();
        for (var i = 0; i < links.Count; i++)
        {
            var token = Token(nonce, i);
            for (var at = html.IndexOf(token, StringComparison.Ordinal); at >= 0; at = html.IndexOf(token, at + token.Length, StringComparison.Ordinal))
                holes.Add((at, token.Length, i));
        }
        holes.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return new BodyTemplate(html, holes.ToImmutable(), [.. links]);
    }

    /// <summary>The HTML with each placeholder replaced by its URL, escaped as Markdig escapes URLs.</summary>
    public string Fill(Func<string, string> urlOf)
    {
        if (_holes.IsEmpty) return _html;
        var escaped = Links.Select(l => EscapeUrl(urlOf(l))).ToArray();
        var result = new StringBuilder(_html.Length + 64 * _holes.Length);
        var position = 0;
        foreach (var (start, length, link) in _holes)
        {
            result.Append(_html, position, start - position).Append(escaped[link]);
            position = start + length;
        }
        return result.Append(_html, position, _html.Length - position).ToString();
    }

    private static string Token(string nonce, int index) => $"sccsite-{nonce}-{index}-";

    private static string EscapeUrl(string url)
    {
        var writer = new StringWriter();
        new HtmlRenderer(writer).WriteEscapeUrl(url);
        return writer.ToString();
    }
}
