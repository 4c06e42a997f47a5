using System.Text;

namespace SccSite.Content;

/// <summary>
/// Removes the destinations of Markdown links and images from a body, keeping their texts:
/// '[the fund](../initiatives/fund.md "Fund")' becomes '[the fund]( "Fund")'. The source hash reads
/// the body this way, so retargeting a link (as 'move' does) never makes a translation stale.
/// A small scanner, not a Markdown parser: it knows code spans, fenced code, inline links and
/// reference definitions, which is all that matters for where a destination can be.
/// </summary>
public static class LinkDestinations
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("\\`]");

    public static bool MayContainLinks(ReadOnlySpan<char> body) =>
        body.Contains("](", StringComparison.Ordinal) || body.Contains("]:", StringComparison.Ordinal);

    public static string Remove(string body)
    {
        if (!MayContainLinks(body)) return body;
        var result = new StringBuilder(body.Length);
        RemoveInto(body, result);
        return result.ToString();
    }

    /// <summary>Appends the body without its link destinations to <paramref name="result"/> (no string of its own).</summary>
    public static void RemoveInto(ReadOnlySpan<char> body, StringBuilder result)
    {
        var fence = "";
        var lineStart = 0;
        while (lineStart < body.Length)
        {
            var end = body[lineStart..].IndexOf('\n');
            var next = end < 0 ? body.Length : lineStart + end + 1;
            var line = body.Slice(lineStart, next - lineStart);
            var opener = FenceOf(line);
            if (fence.Length > 0)
            {
                if (opener.Length >= fence.Length && opener[0] == fence[0] && line.TrimStart()[opener.Length..].IsWhiteSpace()) fence = "";
                result.Append(line);
            }
            else if (opener.Length > 0)
            {
                fence = opener.ToString();
                result.Append(line);
            }
            else if (!RemoveReferenceDestination(line, result))
            {
                RemoveInlineDestinations(line, result);
            }
            lineStart = next;
        }
    }

    /// <summary>The run of ``` or ~~~ (three or more) that opens a fenced code block on this line, or empty.</summary>
    private static ReadOnlySpan<char> FenceOf(ReadOnlySpan<char> line)
    {
        var indent = 0;
        while (indent < line.Length && indent < 4 && line[indent] == ' ') indent++;
        if (indent > 3 || indent >= line.Length || line[indent] is not ('`' or '~')) return [];
        var c = line[indent];
        var n = indent;
        while (n < line.Length && line[n] == c) n++;
        return n - indent >= 3 ? line[indent..n] : [];
    }

    /// <summary>'[label]: destination "title"' at the start of a line: keeps everything but the destination.</summary>
    private static bool RemoveReferenceDestination(ReadOnlySpan<char> line, StringBuilder result)
    {
        var i = 0;
        while (i < line.Length && i < 3 && line[i] == ' ') i++;
        if (i >= line.Length || line[i] != '[' || (i + 1 < line.Length && line[i + 1] == '^')) return false;
        var close = line[i..].IndexOf("]:", StringComparison.Ordinal);
        if (close < 0) return false;
        var start = i + close + 2;
        while (start < line.Length && line[start] is ' ' or '\t') start++;
        var length = DestinationLength(line[start..]);
        if (length <= 0) return false;
        result.Append(line[..start]).Append(line[(start + length)..]);
        return true;
    }

    private static void RemoveInlineDestinations(ReadOnlySpan<char> line, StringBuilder result)
    {
        var i = 0;
        while (i < line.Length)
        {
            // Copy the plain run up to the next character that can matter in one piece.
            var plain = line[i..].IndexOfAny(Special);
            if (plain != 0)
            {
                var length = plain < 0 ? line.Length - i : plain;
                result.Append(line.Slice(i, length));
                i += length;
                continue;
            }
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length)
            {
                result.Append(line.Slice(i, 2));
                i += 2;
                continue;
            }
            if (c == '`')
            {
                var span = CodeSpanLength(line[i..]);
                result.Append(line.Slice(i, span));
                i += span;
                continue;
            }
            if (c == ']' && i + 1 < line.Length && line[i + 1] == '(')
            {
                var start = i + 2;
                while (start < line.Length && line[start] is ' ' or '\t') start++;
                var length = DestinationLength(line[start..]);
                if (length > 0 && ClosesLink(line[(start + length)..]))
                {
                    result.Append(line[i..start]);
                    i = start + length;
                    continue;
                }
            }
            result.Append(c);
            i++;
        }
    }

    /// <summary>A backtick run and its matching closing run (a code span), or just the run when it is not closed on the line.</summary>
    private static int CodeSpanLength(ReadOnlySpan<char> text)
    {
        var run = 0;
        while (run < text.Length && text[run] == '`') run++;
        for (var j = run; j < text.Length; j++)
        {
            if (text[j] != '`') continue;
            var k = j;
            while (k < text.Length && text[k] == '`') k++;
            if (k - j == run) return k;
            j = k;
        }
        return run;
    }

    /// <summary>The length of a link destination: '&lt;…&gt;', or non-space text with balanced parentheses.</summary>
    private static int DestinationLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return 0;
        if (text[0] == '<')
        {
            var close = text.IndexOfAny('>', '\n');
            return close > 0 && text[close] == '>' ? close + 1 : 0;
        }
        var depth = 0;
        var i = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length) { i++; continue; }
            if (char.IsWhiteSpace(c)) break;
            if (c == '(') depth++;
            else if (c == ')' && depth-- == 0) break;
        }
        return i;
    }

    /// <summary>After a destination: optional spaces, an optional title, then ')'.</summary>
    private static bool ClosesLink(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart(" \t");
        if (rest.IsEmpty) return false;
        if (rest[0] == ')') return true;
        var closing = rest[0] switch { '"' => '"', '\'' => '\'', '(' => ')', _ => '\0' };
        if (closing == '\0') return false;
        var end = rest[1..].IndexOf(closing);
        return end >= 0 && rest[(end + 2)..].TrimStart(" \t") is [')', ..];
    }
}
