using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using SccSite.Markdown;
using YamlDotNet.RepresentationModel;

namespace SccSite.Translations.Xliff;

/// <summary>One piece of a page to translate: where it is in the file's text, what kind of block it is, and its content.</summary>
public sealed record PageUnit(string Id, string Kind, int From, int To, IReadOnlyList<Piece> Pieces)
{
    public string Markdown => Piece.Markdown(Pieces);
}

/// <summary>
/// A page file cut into units: the front matter's title and description, then every heading,
/// paragraph, list item and table cell of the body, in order. Everything else (front matter keys,
/// Markdown structure, code blocks, link definitions) is the skeleton around them.
/// </summary>
public sealed record PageUnits(string Text, IReadOnlyList<PageUnit> Front, IReadOnlyList<PageUnit> Body, int BodyStart)
{
    public IEnumerable<PageUnit> All => Front.Concat(Body);

    /// <summary>The block kinds of the body in order: two versions of a page align when these are equal.</summary>
    public IEnumerable<string> Shape => Body.Select(u => u.Kind);

    /// <param name="text">The file's text with '\n' line endings and no byte order mark.</param>
    public static PageUnits Of(string text)
    {
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        var bodyStart = Math.Min(text.Length, text.IndexOf('\n', end + 1) is var n and >= 0 ? n + 1 : text.Length);
        var front = new List<PageUnit>();
        var yaml = text[4..(end + 1)];
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        foreach (var key in new[] { "title", "description" })
        {
            if (root.Children.FirstOrDefault(p => p.Key is YamlScalarNode k && k.Value == key).Value is not YamlScalarNode value) continue;
            front.Add(new PageUnit(key, key, 4 + (int)value.Start.Index, 4 + (int)value.End.Index, [new TextPiece(value.Value ?? "")]));
        }

        var body = text[bodyStart..];
        var units = new List<PageUnit>();
        foreach (var leaf in MarkdownParser.Parse(body, 1).Ast.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null || InlinePieces.Range(leaf.Inline) is not { } range) continue;
            units.Add(new PageUnit($"b{units.Count + 1}", KindOf(leaf), bodyStart + range.From, bodyStart + range.To, InlinePieces.Of(leaf.Inline, body, range.From, range.To)));
        }
        return new PageUnits(text, front, units, bodyStart);
    }

    private static string KindOf(LeafBlock leaf) => leaf switch
    {
        HeadingBlock heading => $"h{heading.Level}",
        _ => leaf.Parent switch
        {
            TableCell => "cell",
            ListItemBlock => "item",
            QuoteBlock => "quote",
            Footnote => "note",
            _ => "p",
        },
    };
}
