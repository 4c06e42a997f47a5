using Markdig.Helpers;
using System.Text;

namespace SccSite.Markdown;

/// <summary>
/// Which link and image URLs a page may hold: relative paths, or http, https, mailto and tel.
/// The scheme is read the way a browser would read it, and harder: HTML entities (all of HTML5's) and percent
/// escapes are decoded, and control characters, spaces and invisible characters removed.
/// </summary>
public static class UrlSchemes
{
    public static readonly IReadOnlyList<string> Allowed = ["http", "https", "mailto", "tel"];

    /// <summary>The scheme of a URL that is not allowed (lower-case, e.g. "javascript"), or null for a safe URL.</summary>
    public static string? Disallowed(string url)
    {
        var text = url;
        for (var i = 0; i < 4; i++)
        {
            var decoded = Uri.UnescapeDataString(HtmlHelper.Unescape(text, removeBackSlash: false));
            if (decoded == text) break;
            text = decoded;
        }
        var scheme = SchemeOf(Visible(text));
        return scheme is null || Allowed.Contains(scheme) ? null : scheme;
    }

    /// <summary>The text without characters a browser skips or a reader cannot see (controls, spaces, zero-width and format characters).</summary>
    private static string Visible(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsControl(c) && !char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
                result.Append(c);
        return result.ToString();
    }

    /// <summary>"JaVa:x" → "java"; null when the URL has no scheme (a letter, then letters, digits, '+', '-' or '.', then ':').</summary>
    private static string? SchemeOf(string url)
    {
        if (url.Length == 0 || !char.IsAsciiLetter(url[0])) return null;
        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':') return url[..i].ToLowerInvariant();
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.')) return null;
        }
        return null;
    }
}
