using System.Text.RegularExpressions;
using SccSite.Content;
using SccSite.Engine;

namespace SccSite.Translations;

/// <summary>Records in a translation's front matter which version of its source it was made from.</summary>
public static partial class TranslationStamp
{
    [GeneratedRegex(@"^translatedFrom:.*$", RegexOptions.Multiline)]
    private static partial Regex StampLine();

    /// <summary>Stamps the given translation files (display paths like input/ru/about.md) with their source's current hash.</summary>
    public static IReadOnlyList<string> MarkCurrent(SiteModel model, BuildPaths paths, IReadOnlyCollection<string> files)
    {
        var done = new List<string>();
        var wanted = files.Select(f => f.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        var all = wanted.Count == 0;
        foreach (var page in model.Nodes.SelectMany(n => n.Pages).OrderBy(p => p.Content.DisplayPath, StringComparer.Ordinal)
                     .Where(p => p.State is TranslationState.Current or TranslationState.Stale))
        {
            var source = page.Content;
            if (!all && !wanted.Remove(source.DisplayPath)) continue;
            if (page.State == TranslationState.Current) continue;
            var full = Path.Combine(paths.ProjectRoot, source.DisplayPath);
            File.WriteAllText(full, Stamp(File.ReadAllText(full), page.Node.Source.Hash.Value));
            done.Add(source.DisplayPath);
        }
        if (wanted.Count > 0)
            throw new BuildException([.. wanted.Select(w => BuildError.InFile(w, "This is not a translation the site knows.", "Give the path as input/<language>/<page>.md of a translation."))]);
        return done;
    }

    /// <summary>Sets or adds 'translatedFrom: hash' just before the closing front matter line.</summary>
    public static string Stamp(string text, string hash)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var end = text.IndexOf(newline + "---", 3, StringComparison.Ordinal);
        var front = text[..end];
        var rest = text[end..];
        front = StampLine().IsMatch(front)
            ? StampLine().Replace(front, $"translatedFrom: {hash}")
            : front + newline + $"translatedFrom: {hash}";
        return front + rest;
    }
}
