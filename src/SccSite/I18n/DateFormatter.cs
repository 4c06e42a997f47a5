using System.Globalization;
using SccSite.Content;

namespace SccSite.I18n;

/// <summary>
/// Formats dates from the dictionary's month names and patterns rather than from ICU,
/// whose data differs between machines: the same input gives the same bytes everywhere.
/// </summary>
public static class DateFormatter
{
    public static string Format(UiStrings d, PartialDate date) => date.Day is { } day
        ? Fill(d, "date.day", date, day)
        : Fill(d, "date.month", date, 0);

    public static string FormatRange(UiStrings d, PartialDate start, PartialDate? end)
    {
        if (end is not { } e || e == start) return Format(d, start);
        if (start.Day is { } sd && e.Day is { } ed && start.Year == e.Year && start.Month == e.Month)
            return Fill(d, "date.range_same_month", start, sd).Replace("{end_day}", Num(ed), StringComparison.Ordinal);
        return d.Format("date.range", ("start", Format(d, start)), ("end", Format(d, e)));
    }

    public static string Period(UiStrings d, YearRange range) => range.From == range.To
        ? d.Format("period.single", ("from", Num(range.From)))
        : d.Format("period.range", ("from", Num(range.From)), ("to", Num(range.To)));

    private static string Fill(UiStrings d, string key, PartialDate date, int day) => d.Text(key)
        .Replace("{day}", Num(day), StringComparison.Ordinal)
        .Replace("{month_genitive}", d.List("date.months_genitive")[date.Month - 1], StringComparison.Ordinal)
        .Replace("{month}", d.List("date.months")[date.Month - 1], StringComparison.Ordinal)
        .Replace("{month_number}", Num(date.Month), StringComparison.Ordinal)
        .Replace("{year}", Num(date.Year), StringComparison.Ordinal);

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
