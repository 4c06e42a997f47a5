using System.Security.Cryptography;
using SccSite.Content;
using SccSite.Engine;

namespace SccSite.Translations.Xliff;

/// <summary>Which pages of a language to export: stale translations, missing ones (also started ones), or all.</summary>
[Flags]
public enum ExportSelection
{
    Stale = 1,
    Missing = 2,
    All = 7,
}

/// <summary>
/// Builds the XLIFF of a language's pages to translate. Existing translations fill the targets:
/// 'final' for a current one; for a stale or started one 'initial' (to be checked), except units
/// whose source is unchanged since the version the translation was made from (found in git).
/// A translation whose blocks do not line up with its source's gets the source's structure and
/// no body targets; importing it complete replaces its body.
/// </summary>
public static class XliffExport
{
    public static XliffDocument Build(SiteModel model, BuildPaths paths, string language, ExportSelection selection)
    {
        var config = model.Config;
        if (!config.HasLanguage(language) || language == config.DefaultLanguage)
            throw new BuildException(BuildError.InFile(language, $"'{language}' is not a language to translate into.",
                $"Use one of: {string.Join(", ", config.Languages.Select(l => l.Code).Where(c => c != config.DefaultLanguage))}."));
        var pages = new List<XliffPage>();
        foreach (var page in model.PagesIn(language))
        {
            var wanted = page.State switch
            {
                TranslationState.Stale => selection.HasFlag(ExportSelection.Stale),
                TranslationState.Fallback => selection.HasFlag(ExportSelection.Missing),
                _ => selection == ExportSelection.All,
            };
            if (wanted) pages.Add(PageOf(page, paths, $"f{pages.Count + 1}"));
        }
        return new XliffDocument(config.DefaultLanguage, language, pages);
    }

    private static XliffPage PageOf(LocalizedPage page, BuildPaths paths, string id)
    {
        var source = page.Node.Source;
        var sourceUnits = PageUnits.Of(TextFile.Read(TranslationFiles.FullPath(paths, source)).Text);
        var translation = page.State is TranslationState.Current or TranslationState.Stale ? page.Content : page.Started;
        var original = $"{page.Language.Code}/{translation?.File.RelativePath ?? source.File.RelativePath}";
        if (translation is null)
        {
            var skeleton = new List<SkeletonPart> { new("---\ntitle: "), new(null, "title"), new("\ndescription: "), new(null, "description"), new("\n---\n") };
            skeleton.AddRange(Skeleton(sourceUnits, sourceUnits.Body, sourceUnits.BodyStart, sourceUnits.Text.Length));
            return new XliffPage(id, original, $"{source.Language}/{source.File.RelativePath}", source.Hash.Value, "none", skeleton,
                [.. sourceUnits.All.Select(u => new XliffUnit(u.Id, u.Kind, u.Pieces, null, "initial"))]);
        }

        var full = TranslationFiles.FullPath(paths, translation);
        var file = TextFile.Read(full);
        var units = PageUnits.Of(file.Text);
        var aligned = units.Shape.SequenceEqual(sourceUnits.Shape);
        var unchanged = page.State == TranslationState.Current ? null : Unchanged(page, translation, paths, sourceUnits);
        string StateOf(string unitId) => page.State == TranslationState.Current || unchanged?.Contains(unitId) == true ? "final" : "initial";

        var front = units.Front.Select(u => u with { Id = u.Kind }).ToList();
        var body = aligned ? units.Body.Select((u, i) => u with { Id = sourceUnits.Body[i].Id }).ToList() : null;
        var parts = Skeleton(units, front, 0, units.BodyStart).ToList();
        parts.AddRange(aligned ? Skeleton(units, body!, units.BodyStart, units.Text.Length) : Skeleton(sourceUnits, sourceUnits.Body, sourceUnits.BodyStart, sourceUnits.Text.Length));
        var targets = front.Concat(body ?? []).ToDictionary(u => u.Id, StringComparer.Ordinal);
        var xliffUnits = sourceUnits.All.Select(u => targets.TryGetValue(u.Id, out var t)
            ? new XliffUnit(u.Id, u.Kind, u.Pieces, t.Pieces, StateOf(u.Id))
            : new XliffUnit(u.Id, u.Kind, u.Pieces, null, "initial")).ToList();
        return new XliffPage(id, original, $"{source.Language}/{source.File.RelativePath}", source.Hash.Value, Fingerprint(full), parts, xliffUnits);
    }

    /// <summary>The units of the source that did not change since the version the translation was made from, when git can tell.</summary>
    private static HashSet<string>? Unchanged(LocalizedPage page, PageFile translation, BuildPaths paths, PageUnits current)
    {
        var changes = SourceChanges.Find(new TranslationFile(translation, page), paths);
        if (changes.State != SourceVersionState.Found || changes.Old is not { } old) return null;
        var before = PageUnits.Of($"---\ntitle: x\n---\n{old.Body}");
        var same = new HashSet<string>(StringComparer.Ordinal);
        if (old.Text.Title == page.Node.Source.Text.Title) same.Add("title");
        if (old.Text.Description == page.Node.Source.Text.Description) same.Add("description");
        if (before.Shape.SequenceEqual(current.Shape))
            for (var i = 0; i < current.Body.Count; i++)
                if (before.Body[i].Markdown == current.Body[i].Markdown) same.Add(current.Body[i].Id);
        return same;
    }

    /// <summary>The text between <paramref name="from"/> and <paramref name="to"/> with each unit's text replaced by a reference to it.</summary>
    private static IEnumerable<SkeletonPart> Skeleton(PageUnits page, IReadOnlyList<PageUnit> units, int from, int to)
    {
        var position = from;
        foreach (var unit in units.Where(u => u.From >= from && u.To <= to))
        {
            if (unit.From > position) yield return new SkeletonPart(page.Text[position..unit.From]);
            yield return unit.Kind is "title" or "description"
                ? new SkeletonPart(null, unit.Id, page.Text[unit.From..unit.To], Piece.Plain(unit.Pieces))
                : new SkeletonPart(null, unit.Id);
            position = unit.To;
        }
        if (to > position) yield return new SkeletonPart(page.Text[position..to]);
    }

    /// <summary>A short fingerprint of a file's bytes as stored.</summary>
    public static string Fingerprint(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..16];
}
