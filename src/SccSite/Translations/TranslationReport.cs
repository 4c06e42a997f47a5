using System.Collections.Immutable;
using SccSite.Content;
using SccSite.Engine;

namespace SccSite.Translations;

/// <summary>Translation status of one language, computed from the translation graph.</summary>
public sealed record LanguageStatus(string Language, int Pages, int Translated, int Stale, int Missing, int Orphaned,
    ImmutableArray<string> StalePages, ImmutableArray<string> MissingPages, ImmutableArray<string> OrphanedPages)
{
    public bool IsComplete => Stale == 0 && Missing == 0 && Orphaned == 0;

    /// <summary>Translations whose text is mostly in another script than the language's: "untranslated?".</summary>
    public ImmutableArray<BuildError> Untranslated { get; init; } = [];
}

public static class TranslationReport
{
    public static ImmutableArray<LanguageStatus> For(SiteModel model) =>
    [
        .. model.Config.Languages.Select(language =>
        {
            var pages = model.PagesIn(language.Code).ToList();
            var original = language.Code == model.Config.DefaultLanguage;
            var stale = pages.Where(p => p.State == TranslationState.Stale)
                .Select(p => p.Content.DisplayPath + (p.Text.TranslatedFrom is null ? " (no translatedFrom recorded)" : " (its source changed)"))
                .ToImmutableArray();
            var missing = pages.Where(p => p.State == TranslationState.Fallback)
                .Select(p => p.Started is { } started
                    ? $"{started.DisplayPath} (started, still marked 'untranslated: true': finish it, then run 'translations mark-current {started.DisplayPath}')"
                    : $"input/{language.Code}/{p.Node.Source.File.RelativePath} (readers see the fallback language; 'translations start {language.Code} {p.Node.Source.DisplayPath}' begins it)")
                .ToImmutableArray();
            var orphaned = model.Orphans.Where(o => o.Language == language.Code).Select(o => o.DisplayPath).ToImmutableArray();
            var translated = pages.Count(p => p.State is TranslationState.Current or TranslationState.Original);
            var untranslated = pages.Where(p => p.State is TranslationState.Current or TranslationState.Stale).AsParallel().AsOrdered()
                .Select(p => model.DocumentOf(p.Content).Find<BodyScripts>() is { } counted
                    ? UntranslatedCheck.ByScript(p.Content, counted.Count, language)
                    : UntranslatedCheck.ByScript(p.Content, language)).OfType<BuildError>().ToImmutableArray(); // counted while building, else parsed here
            return new LanguageStatus(language.Code, pages.Count, translated, stale.Length, missing.Length, orphaned.Length, stale, missing, orphaned) { Untranslated = untranslated };
        }),
    ];

    /// <summary>Share of pages that are translated and current, rounded down so 100% always means complete.</summary>
    public static int Percent(LanguageStatus s) => s.Pages == 0 ? 100 : s.Translated * 100 / s.Pages;

    /// <summary>A fixed-width table for the terminal and CI logs.</summary>
    public static string Format(IEnumerable<LanguageStatus> statuses)
    {
        var lines = new List<string> { "language  pages  translated  stale  missing  orphaned   done" };
        foreach (var s in statuses)
            lines.Add($"{s.Language,-8}  {s.Pages,5}  {s.Translated,10}  {s.Stale,5}  {s.Missing,7}  {s.Orphaned,8}  {Percent(s),4}%");
        foreach (var s in statuses)
        {
            lines.AddRange(s.StalePages.Select(p => p[..p.IndexOf(' ')]).Zip(s.StalePages, (file, p) =>
                $"  stale:    {p}: see what changed with 'translations diff {file}', update it, then run 'translations mark-current {file}'"));
            lines.AddRange(s.MissingPages.Select(p => $"  missing:  {p}"));
            lines.AddRange(s.Untranslated.Select(e => $"  untranslated?: {e.File}: {e.Message}"));
            lines.AddRange(s.OrphanedPages.Select(p => $"  orphaned: {p} (its source page is gone; delete or re-key it)"));
        }
        return string.Join('\n', lines);
    }
}
