using System.Text;
using SccSite.Content;
using SccSite.Engine;

namespace SccSite.Translations.Xliff;

/// <summary>One page an import writes (or leaves alone), and what it says about it.</summary>
public sealed record ImportedPage(string DisplayPath, string Summary, TextFile? Write, bool Create);

/// <summary>
/// Writes the translations of an XLIFF file back into the pages. A page whose every unit is
/// translated (state translated, reviewed or final) is recorded as made from the exported source
/// version; otherwise its text is updated but it stays stale, and a new page is created marked
/// 'untranslated: true'. Everything is checked before anything is written: a malformed or foreign
/// file, a page changed since the export or a broken unit gives errors and writes nothing.
/// </summary>
public static class XliffImport
{
    public static IReadOnlyList<ImportedPage> Plan(SiteModel model, BuildPaths paths, XliffDocument document, string display)
    {
        var config = model.Config;
        var errors = new List<BuildError>();
        if (document.SourceLanguage != config.DefaultLanguage || !config.HasLanguage(document.TargetLanguage) || document.TargetLanguage == config.DefaultLanguage)
            throw new BuildException(BuildError.InFile(display, $"The file translates {document.SourceLanguage} into {document.TargetLanguage}; this site translates {config.DefaultLanguage} into {string.Join(", ", config.Languages.Select(l => l.Code).Where(c => c != config.DefaultLanguage))}.",
                "Import a file exported from this site."));
        var plan = new List<ImportedPage>();
        foreach (var page in document.Pages)
        {
            try
            {
                plan.Add(PlanPage(model, paths, document.TargetLanguage, page, display));
            }
            catch (BuildException e)
            {
                errors.AddRange(e.Errors);
            }
        }
        if (errors.Count > 0) throw new BuildException(errors);
        return plan;
    }

    public static void Apply(IEnumerable<ImportedPage> plan)
    {
        foreach (var page in plan)
            page.Write?.Write(createOnly: page.Create);
    }

    private static ImportedPage PlanPage(SiteModel model, BuildPaths paths, string language, XliffPage page, string display)
    {
        BuildError Error(string message, string hint) => new(display, page.Line, page.Column, message, hint);
        var segments = page.Original.Split('/');
        if (segments.Length < 2 || segments[0] != language || !page.Original.EndsWith(".md", StringComparison.Ordinal) || !segments[1..].Select((s, i) => i == segments.Length - 2 ? s[..^3] : s).All(InputLayout.IsSafeSegment))
            throw new BuildException(Error($"The page '{page.Original}' is not a {language} page path.", "Keep the 'original' attribute as exported."));
        var sourcePath = Path.GetFullPath(Path.Combine(paths.Input, page.Source));
        if (!model.Nodes.Any(n => TranslationFiles.FullPath(paths, n.Source) == sourcePath))
            throw new BuildException(Error($"The source page {page.Source} is gone since the export.", "Export again."));
        var target = Path.Combine(paths.Input, page.Original);
        var shown = paths.Display(target);
        var exists = File.Exists(target);
        if ((exists ? XliffExport.Fingerprint(target) : "none") != page.TranslationVersion)
            throw new BuildException(Error($"{shown} changed since the export, so importing would lose those changes.", "Export again and translate the new file, or undo the changes to the page."));

        var units = page.Units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        foreach (var unit in page.Units.Where(u => u.Target is not null))
        {
            if (unit.Kind is "title" or "description" && unit.Target!.Any(p => p is not TextPiece))
                throw new BuildException(new BuildError(display, unit.Line, unit.Column, $"The {unit.Kind} cannot hold codes.", "Translate it as plain text."));
            if (string.IsNullOrWhiteSpace(Piece.Markdown(unit.Target!)))
                throw new BuildException(new BuildError(display, unit.Line, unit.Column, $"The target of unit '{unit.Id}' is empty.", "Translate it, or remove the <target> to leave it untranslated."));
        }

        var missing = page.Units.Count(u => u.Target is null);
        var done = page.Units.All(u => u.IsDone);
        if (missing > 0 && exists)
            return new ImportedPage(shown, $"skipped {shown}: {missing} of {page.Units.Count} units have no target; the existing translation is kept", null, false);
        if (missing == page.Units.Count)
            return new ImportedPage(shown, $"nothing to import for {shown}: no unit is translated", null, false);

        var text = Assemble(page, units);
        var current = exists ? TextFile.Read(target) : null;
        if (done) text = TranslationStamp.Stamp(TranslationStamp.WithoutMarker(text), page.SourceVersion);
        else if (!exists) text = WithMarker(TranslationStamp.Stamp(text, page.SourceVersion));
        var file = current?.WithText(text) ?? new TextFile(target, text, Bom: false, TextFile.Read(sourcePath).Crlf);
        if (current is not null && current.Text == text)
            return new ImportedPage(shown, $"unchanged {shown}", null, false);

        var changed = current is null ? null : ChangedUnits(current.Text, text);
        var what = changed is null ? $"{page.Units.Count(u => u.Target is not null)} of {page.Units.Count} units translated" : $"{changed.Count} of {page.Units.Count} units changed{(changed.Count > 0 ? $" ({string.Join(", ", changed)})" : "")}";
        var state = done ? $"recorded as made from {page.Source} version {page.SourceVersion}"
            : exists ? $"{page.Units.Count(u => !u.IsDone)} units still to review (state initial), so it stays stale"
            : "marked 'untranslated: true': readers see the fallback until it is finished";
        return new ImportedPage(shown, $"{(exists ? "updated" : "created")} {shown}: {what}; {state}", file, !exists);
    }

    /// <summary>The page's text: the skeleton with each unit's target (or, for a new page, its source where it has none).</summary>
    private static string Assemble(XliffPage page, Dictionary<string, XliffUnit> units)
    {
        var text = new StringBuilder();
        foreach (var part in page.Skeleton)
        {
            if (part.Text is not null)
            {
                text.Append(part.Text);
                continue;
            }
            var unit = units[part.UnitId!];
            if (unit.Kind is "title" or "description")
            {
                var value = Piece.Plain(unit.Target ?? unit.Source);
                text.Append(part.Yaml is not null && part.Value == value ? part.Yaml : YamlText.Scalar(value));
            }
            else text.Append(Piece.Markdown(unit.Target ?? unit.Source));
        }
        return text.ToString();
    }

    private static string WithMarker(string text)
    {
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return text[..(end + 1)] + TranslationStart.Marker + "\n" + text[(end + 1)..];
    }

    /// <summary>Which units differ between two versions of a page (by position, when they line up).</summary>
    private static List<string>? ChangedUnits(string before, string after)
    {
        var a = PageUnits.Of(before);
        var b = PageUnits.Of(after);
        if (a.Front.Count != b.Front.Count || !a.Shape.SequenceEqual(b.Shape)) return null;
        return [.. a.All.Zip(b.All).Where(p => p.First.Markdown != p.Second.Markdown).Select(p => p.First.Id)];
    }
}
