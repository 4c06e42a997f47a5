using Markdig.Syntax.Inlines;

namespace SccSite.Translations.Xliff;

/// <summary>
/// Turns the inlines of a Markdown block into pieces, by their exact source spans, so the pieces
/// give back the block's Markdown byte for byte. When Markdig's spans do not add up (an extension
/// that does not set them), the block is one text piece: still exact, only less protected.
/// </summary>
public static class InlinePieces
{
    public static IReadOnlyList<Piece> Of(ContainerInline inline, string body, int from, int to)
    {
        var pieces = Convert(inline, body, from, to);
        return Piece.Markdown(pieces) == body[from..to] ? pieces : [new TextPiece(body[from..to])];
    }

    /// <summary>Where a block's inline content starts and ends in the body.</summary>
    public static (int From, int To)? Range(ContainerInline inline)
    {
        var written = inline.Where(IsWritten).ToList();
        if (written.Count == 0) return null;
        var from = written[0].Span.Start;
        var to = written[^1].Span.End + 1;
        return from >= 0 && to > from ? (from, to) : null;
    }

    /// <summary>Inlines an extension adds without source text (a footnote's back link) have an empty span.</summary>
    private static bool IsWritten(Inline inline) => inline.Span.End >= inline.Span.Start && inline.Span.Start >= 0;

    private static List<Piece> Convert(ContainerInline container, string body, int from, int to)
    {
        var pieces = new List<Piece>();
        var position = from;
        foreach (var child in container.Where(IsWritten))
        {
            var start = child.Span.Start;
            var end = child.Span.End + 1;
            if (start < position || end > to || end < start) return [new TextPiece(body[from..to])];
            if (start > position) Add(pieces, new Code(body[position..start], "fmt"));
            Add(pieces, PieceOf(child, body, start, end));
            position = end;
        }
        if (position < to) Add(pieces, new Code(body[position..to], "fmt"));
        return pieces;
    }

    private static Piece PieceOf(Inline child, string body, int start, int end)
    {
        switch (child)
        {
            case LiteralInline:
                return new TextPiece(body[start..end]);
            case LineBreakInline:
                return new Code(body[start..end], "fmt", "xlf:lb");
            case AutolinkInline:
                return new Code(body[start..end], "link");
            case ContainerInline container when Range(container) is { } inner && inner.From >= start && inner.To <= end:
                var type = container is LinkInline link ? (link.IsImage ? "image" : "link") : "fmt";
                return new Pair(body[start..inner.From], body[inner.To..end], type, Convert(container, body, inner.From, inner.To));
            default:
                return new Code(body[start..end], "other");
        }
    }

    /// <summary>Neighbouring texts join; neighbouring codes join too, so a translator sees one placeholder.</summary>
    private static void Add(List<Piece> pieces, Piece piece)
    {
        if (pieces.Count > 0 && pieces[^1] is TextPiece a && piece is TextPiece b) pieces[^1] = new TextPiece(a.Value + b.Value);
        else if (pieces.Count > 0 && pieces[^1] is Code c && piece is Code d) pieces[^1] = new Code(c.Data + d.Data, c.SubType == d.SubType ? c.Type : "fmt", c.SubType == d.SubType ? c.SubType : null);
        else pieces.Add(piece);
    }
}
