using System.Globalization;

namespace SccSite.Content;

/// <summary>A date known to the day or only to the month, as the source states it.</summary>
public readonly record struct PartialDate(int Year, int Month, int? Day) : IComparable<PartialDate>
{
    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        var parts = text.Split('-');
        if (parts.Length is < 2 or > 3 || parts[0].Length != 4 || parts[1].Length != 2) return false;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y) ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12) return false;
        int? d = null;
        if (parts.Length == 3)
        {
            if (parts[2].Length != 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day) ||
                day < 1 || day > DateTime.DaysInMonth(y, m)) return false;
            d = day;
        }
        date = new PartialDate(y, m, d);
        return true;
    }

    /// <summary>ISO 8601 form: 2024-07 or 2024-07-03.</summary>
    public string Iso => Day is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{d:D2}")
        : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    public int CompareTo(PartialDate other) =>
        (Year, Month, Day ?? 0).CompareTo((other.Year, other.Month, other.Day ?? 0));

    public static bool operator <(PartialDate a, PartialDate b) => a.CompareTo(b) < 0;
    public static bool operator >(PartialDate a, PartialDate b) => a.CompareTo(b) > 0;
    public static bool operator <=(PartialDate a, PartialDate b) => a.CompareTo(b) <= 0;
    public static bool operator >=(PartialDate a, PartialDate b) => a.CompareTo(b) >= 0;

    public override string ToString() => Iso;
}

/// <summary>A year or a range of years, such as 2025–2027.</summary>
public readonly record struct YearRange(int From, int To)
{
    public static bool TryParse(string text, out YearRange range)
    {
        range = default;
        var parts = text.Split('-', '–');
        if (parts.Length is < 1 or > 2) return false;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from) || parts[0].Length != 4) return false;
        var to = from;
        if (parts.Length == 2 && (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out to) || parts[1].Length != 4 || to < from)) return false;
        range = new YearRange(from, to);
        return true;
    }

    public override string ToString() => From == To
        ? From.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{From}-{To}");
}
