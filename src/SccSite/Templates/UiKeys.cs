using System.Text.RegularExpressions;

namespace SccSite.Templates;

/// <summary>Which UI strings are in use: those the generator asks for, plus every literal t/tn call in the theme.</summary>
public static partial class UiKeys
{
    /// <summary>Keys the generator itself reads (dates, statuses, notices).</summary>
    public static readonly IReadOnlyList<string> UsedByGenerator =
    [
        "date.months", "date.months_genitive", "date.day", "date.month", "date.range", "date.range_same_month",
        "period.single", "period.range", "number.group_separator",
        "status.proposed", "status.planned", "status.established", "status.declared",
        "notice.fallback", "notice.stale", "count.initiatives", "root.enter",
        "feed.subtitle", "not_found.title", "not_found.description", "not_found.home",
        "search.title", "search.description", "search.placeholder", "search.clear", "search.load_more", "search.label",
        "search.zero_results", "search.many_results", "search.one_result", "search.searching",
    ];

    [GeneratedRegex("""\b(?:t|tn)\s+["']([A-Za-z0-9_.\-]+)["']""")]
    private static partial Regex Call();

    public static IEnumerable<string> InTemplate(string text) => Call().Matches(text).Select(m => m.Groups[1].Value);
}
