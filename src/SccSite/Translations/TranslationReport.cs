using System.Collections.Immutable;
using SccSite.Content;

namespace SccSite.Translations;

/// <summary>Translation status of one language, computed from the translation graph.</summary>
public sealed record LanguageStatus(string Language, int Pages, int Translated, int Stale, int Missing, int Orphaned,
    ImmutableArray<string> StalePages, ImmutableArray<string> MissingPages, ImmutableArray<string> OrphanedPages)
{
    public bool IsComplete => Stale == 0 && Missing == 0 && Orphaned == 0;
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
            var missing = pages.Where(p => p.State == TranslationState.Fallback).Select(p => $"{language.Code}/{p.Node.Source.File.RelativePath}").ToImmutableArray();
            var orphaned = model.Orphans.Where(o => o.Language == language.Code).Select(o => o.DisplayPath).ToImmutableArray();
            var translated = pages.Count(p => p.State is TranslationState.Current or TranslationState.Original);
            return new LanguageStatus(language.Code, pages.Count, translated, stale.Length, missing.Length, orphaned.Length, stale, missing, orphaned);
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
            lines.AddRange(s.StalePages.Select(p => $"  stale:    {p}: update it, then run 'translations mark-current {p[..p.IndexOf(' ')]}'"));
            lines.AddRange(s.MissingPages.Select(p => $"  missing:  input/{p} (readers see the fallback language)"));
            lines.AddRange(s.OrphanedPages.Select(p => $"  orphaned: {p} (its source page is gone; delete or re-key it)"));
        }
        return string.Join('\n', lines);
    }
}
