using System.Text;
using SccSite.Content;

namespace SccSite.Translations;

/// <summary>Writes what changed in a source page for a translator: a word diff of the title, the description and each changed paragraph.</summary>
public static class SourceChangesFormat
{
    public static string Text(SourceChanges changes, bool colour)
    {
        var text = new StringBuilder();
        var translation = changes.Translation.File.DisplayPath;
        var source = changes.Source;
        switch (changes.State)
        {
            case SourceVersionState.UpToDate:
                text.Line($"{translation} is up to date with {source.DisplayPath} (translatedFrom {source.Hash.Value}): nothing changed.");
                return text.ToString();
            case SourceVersionState.NotRecorded:
                text.Line($"{translation} records no 'translatedFrom', so the version it was made from is unknown. The current {source.DisplayPath}:");
                return AppendCurrent(text, source).ToString();
            case SourceVersionState.NotInGit:
                text.Line($"{source.DisplayPath} is not in a git repository (or git is not installed), so the version {translation} was made from (translatedFrom {changes.Translation.File.Text.TranslatedFrom}) cannot be found. The current {source.DisplayPath}:");
                return AppendCurrent(text, source).ToString();
            case SourceVersionState.NotFound:
                text.Line($"No committed version of {source.DisplayPath} ({changes.CommitsSearched} searched) has translatedFrom {changes.Translation.File.Text.TranslatedFrom}: it may have been stamped from a version that was never committed. The current {source.DisplayPath}:");
                return AppendCurrent(text, source).ToString();
        }

        var version = changes.Version!;
        var old = changes.Old!;
        text.Line($"{translation} was made from {source.DisplayPath} as of commit {version.ShortCommit} ({version.Date}, \"{version.Subject}\"). Changes since then, {(colour ? "removed in red, added in green" : "[-removed-] {+added+}")}:");
        var any = false;
        if (old.Text.Title != source.Text.Title)
        {
            text.Line().Line($"title: {WordDiff.Of(old.Text.Title, source.Text.Title, colour)}");
            any = true;
        }
        if (old.Text.Description != source.Text.Description)
        {
            text.Line().Line($"description: {WordDiff.Of(old.Text.Description, source.Text.Description, colour)}");
            any = true;
        }
        var before = Paragraphs.Of(old.Body, old.BodyLine);
        var after = Paragraphs.Of(source.Meta.Body, source.Meta.BodyLine);
        foreach (var change in Paragraphs.Changes(before, after))
        {
            any = true;
            text.Line();
            if (change.Old is { } o && change.New is { } n)
                text.Line($"{source.DisplayPath}:{n.Line}: changed paragraph").Line(Indent(WordDiff.Of(o.Text, n.Text, colour)));
            else if (change.New is { } added)
                text.Line($"{source.DisplayPath}:{added.Line}: new paragraph").Line(Indent(WordDiff.Added(added.Text, colour)));
            else
                text.Line($"{source.DisplayPath}: removed paragraph (line {change.Old!.Line} in {version.ShortCommit})").Line(Indent(WordDiff.Removed(change.Old.Text, colour)));
        }
        if (!any) text.Line().Line("Only link targets or spacing changed.");
        return text.ToString();
    }

    private static StringBuilder AppendCurrent(StringBuilder text, PageFile source) =>
        text.Line().Line($"title: {source.Text.Title}").Line($"description: {source.Text.Description}").Line().Line(source.Meta.Body.Trim());

    private static StringBuilder Line(this StringBuilder text, string line = "") => text.Append(line).Append('\n');

    private static string Indent(string text) => "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);
}
