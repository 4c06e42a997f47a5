using System.Text.RegularExpressions;
using SccSite.Content;
using SccSite.Engine;

namespace SccSite.Translations;

/// <summary>One translation to record as current: its file, the version it records now, and the source's.</summary>
public sealed record Stamping(TranslationFile Translation, string FullPath)
{
    public string? From => Translation.File.Text.TranslatedFrom;
    public string To => Translation.Source.Hash.Value;

    /// <summary>Named but already current: nothing to write.</summary>
    public bool IsCurrent => Translation.Page.State == TranslationState.Current;

    public string Describe() =>
        $"{Translation.File.DisplayPath} (translatedFrom {From ?? "none"} → {To}{(Translation.IsStarted ? "; 'untranslated: true' removed, readers see it now" : "")})";
}

/// <summary>
/// Records in a translation's front matter which version of its source it was made from, after
/// checking that its text is not still the source's. Files keep their line endings and byte order
/// mark and are written atomically.
/// </summary>
public static partial class TranslationStamp
{
    [GeneratedRegex(@"^translatedFrom:.*$", RegexOptions.Multiline)]
    private static partial Regex StampLine();

    [GeneratedRegex(@"^untranslated:.*\n", RegexOptions.Multiline)]
    private static partial Regex MarkerLine();

    /// <summary>
    /// What to mark current: the named translations (any path form), or with <paramref name="all"/>
    /// every stale one. Throws a <see cref="BuildException"/> for unknown files, and for text that is
    /// still the source's unless <paramref name="force"/>; then nothing is to be written.
    /// </summary>
    public static IReadOnlyList<Stamping> Plan(SiteModel model, BuildPaths paths, IReadOnlyCollection<string> files, bool all, bool force)
    {
        var errors = new List<BuildError>();
        var chosen = new List<TranslationFile>();
        if (all)
            chosen.AddRange(TranslationFiles.All(model).Where(t => t.Page.State == TranslationState.Stale));
        foreach (var file in files)
        {
            try
            {
                var found = TranslationFiles.Find(model, paths, file);
                if (!chosen.Contains(found)) chosen.Add(found);
            }
            catch (BuildException e)
            {
                errors.AddRange(e.Errors);
            }
        }
        var plan = new List<Stamping>();
        foreach (var translation in chosen)
        {
            if (translation.Page.State != TranslationState.Current && !force && UntranslatedCheck.BeforeMarkingCurrent(translation.File, translation.Source, translation.Page.Language) is { } copied)
                errors.Add(copied with { Hint = "Translate it first; if it is right as it is, mark it with --force." });
            plan.Add(new Stamping(translation, TranslationFiles.FullPath(paths, translation.File)));
        }
        if (errors.Count > 0) throw new BuildException(errors);
        return plan;
    }

    /// <summary>Writes the stamps: 'translatedFrom' set to the source's version, 'untranslated: true' removed.</summary>
    public static void Apply(IEnumerable<Stamping> plan)
    {
        var files = plan.Where(s => !s.IsCurrent).Select(s => (s, File: TextFile.Read(s.FullPath))).ToList(); // read all first: a bad file fails before any write
        foreach (var (stamping, file) in files)
            file.WithText(Stamp(WithoutMarker(file.Text), stamping.To)).Write();
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

    /// <summary>Removes the 'untranslated:' line from the front matter of a text with '\n' line endings.</summary>
    public static string WithoutMarker(string text)
    {
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return end < 0 ? text : MarkerLine().Replace(text[..(end + 1)], "") + text[(end + 1)..];
    }
}
