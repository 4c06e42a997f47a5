using System.Text;
using System.Text.RegularExpressions;

namespace SccSite.Translations;

/// <summary>A word-level diff of two texts, written like 'git diff --word-diff': [-removed-]{+added+}, or in red and green on a terminal.</summary>
public static partial class WordDiff
{
    /// <summary>A word with the spaces after it; words are compared without them.</summary>
    [GeneratedRegex(@"^\s+|\S+\s*")]
    private static partial Regex Word();

    public static string Of(string older, string newer, bool colour)
    {
        var a = Word().Matches(older).Select(m => m.Value).ToList();
        var b = Word().Matches(newer).Select(m => m.Value).ToList();
        var text = new StringBuilder();
        var removed = new StringBuilder();
        var added = new StringBuilder();
        void Flush()
        {
            var rest = added.Length > 0 ? added.ToString() : removed.ToString();
            var spaces = rest[rest.TrimEnd().Length..];
            if (removed.Length > 0) text.Append(Removed(removed.ToString().TrimEnd(), colour));
            if (added.Length > 0) text.Append(Added(added.ToString().TrimEnd(), colour));
            text.Append(spaces);
            removed.Clear();
            added.Clear();
        }
        foreach (var step in Alignment.Of(a, b, (x, y) => x.Trim() == y.Trim()))
        {
            if (step.IsEqual)
            {
                if (removed.Length + added.Length > 0) Flush();
                text.Append(b[step.New]);
            }
            else if (step.IsRemoved) removed.Append(a[step.Old]);
            else added.Append(b[step.New]);
        }
        if (removed.Length + added.Length > 0) Flush();
        return text.ToString();
    }

    public static string Removed(string text, bool colour) => colour ? $"\u001b[31m[-{text}-]\u001b[0m" : $"[-{text}-]";

    public static string Added(string text, bool colour) => colour ? $"\u001b[32m{{+{text}+}}\u001b[0m" : $"{{+{text}+}}";
}
