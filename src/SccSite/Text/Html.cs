using System.Text;

namespace SccSite.Text;

/// <summary>Minimal HTML escaping that keeps non-ASCII text (Cyrillic, Chinese) readable.</summary>
public static class Html
{
    public static string Encode(string text)
    {
        var i = text.AsSpan().IndexOfAny("&<>\"'");
        if (i < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(text[i]); break;
            }
        }
        return sb.ToString();
    }
}
