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

    // One renderer per thread, set up once with the site's pipeline: building one per page is costly.
    [ThreadStatic]
    private static (StringWriter Writer, HtmlRenderer Renderer)? _renderer;

    private static (StringWriter, HtmlRenderer) CreateRenderer()
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelineFactory.Shared.Setup(renderer);
        return (writer, renderer);
    }

    /// <summary>The distinct relative URLs, in the order they are numbered in the placeholders.</summary>
    public ImmutableArray<string> Links { get; }

    /// <summary>Renders a tree; every URL for which <paramref name="isRelative"/> holds becomes a placeholder.</summary>
    public static BodyTemplate Render(MarkdownTree tree, Func<string, bool> isRelative, string nonce)
    {
        var links = new List<string>();
        var (writer, renderer) = _renderer ??= CreateRenderer();
        writer.GetStringBuilder().Clear();
        renderer.LinkRewriter = url =>
        {
            if (!isRelative(url)) return url;
            var index = links.IndexOf(url);
            if (index < 0)
            {
                index = links.Count;
                links.Add(url);
            }
            return Token(nonce, index);
        };
        try
        {
            renderer.Render(tree.Ast);
        }
        catch
        {
            _renderer = null; // a renderer that failed half-way is not reused
            throw;
        }
        renderer.LinkRewriter = null;
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
        var result = new StringBuilder(_html.Length + 64 * _holes.Length);
        WriteTo((text, start, length) => result.Append(text, start, length), urlOf);
        return result.ToString();
    }

    /// <summary>Writes the filled HTML piece by piece, without building it as one string.</summary>
    public void WriteTo(Action<string, int, int> write, Func<string, string> urlOf)
    {
        var escaped = Links.Select(l => EscapeUrl(urlOf(l))).ToArray();
        var position = 0;
        foreach (var (start, length, link) in _holes)
        {
            write(_html, position, start - position);
            write(escaped[link], 0, escaped[link].Length);
            position = start + length;
        }
        write(_html, position, _html.Length - position);
    }

    private static string Token(string nonce, int index) => $"sccsite-{nonce}-{index}-";

    [ThreadStatic]
    private static (StringWriter Writer, HtmlRenderer Renderer)? _escaper;

    private static string EscapeUrl(string url)
    {
        var (writer, renderer) = _escaper ??= CreateEscaper();
        writer.GetStringBuilder().Clear();
        renderer.WriteEscapeUrl(url);
        return writer.ToString();
    }

    private static (StringWriter, HtmlRenderer) CreateEscaper()
    {
        var writer = new StringWriter();
        return (writer, new HtmlRenderer(writer));
    }
}
