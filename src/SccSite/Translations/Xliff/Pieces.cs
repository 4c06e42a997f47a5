using System.Text;

namespace SccSite.Translations.Xliff;

/// <summary>
/// A segment's content: text to translate, and inline codes that carry Markdown a translator must
/// not break. A <see cref="Code"/> is a placeholder (&lt;ph&gt;: code spans, line breaks, HTML);
/// a <see cref="Pair"/> wraps translatable text (&lt;pc&gt;: emphasis, links, images).
/// </summary>
public abstract record Piece
{
    /// <summary>The Markdown the pieces stand for.</summary>
    public static string Markdown(IEnumerable<Piece> pieces)
    {
        var text = new StringBuilder();
        Append(pieces, text);
        return text.ToString();
    }

    private static void Append(IEnumerable<Piece> pieces, StringBuilder text)
    {
        foreach (var piece in pieces)
        {
            switch (piece)
            {
                case TextPiece t:
                    text.Append(t.Value);
                    break;
                case Code c:
                    text.Append(c.Data);
                    break;
                case Pair p:
                    text.Append(p.Start);
                    Append(p.Inner, text);
                    text.Append(p.End);
                    break;
            }
        }
    }

    /// <summary>The text a reader sees (for comparing and counting), codes left out.</summary>
    public static string Plain(IEnumerable<Piece> pieces) =>
        string.Concat(pieces.Select(p => p switch { TextPiece t => t.Value, Pair pair => Plain(pair.Inner), _ => "" }));
}

public sealed record TextPiece(string Value) : Piece;

/// <summary>Markdown kept whole: a code span, a line break, HTML, a footnote reference.</summary>
public sealed record Code(string Data, string Type, string? SubType = null) : Piece;

/// <summary>Markdown around translatable text: '**' … '**', '[' … '](url)'.</summary>
public sealed record Pair(string Start, string End, string Type, IReadOnlyList<Piece> Inner) : Piece;
