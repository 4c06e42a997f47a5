namespace SccSite.I18n;

/// <summary>CLDR cardinal plural categories for the site's languages (integers only).</summary>
public static class PluralRules
{
    public static readonly string[] Categories = ["zero", "one", "two", "few", "many", "other"];

    public static string Select(string language, long n)
    {
        var abs = Math.Abs(n);
        switch (language)
        {
            case "ru":
            case "uk":
            case "be":
                var mod10 = abs % 10;
                var mod100 = abs % 100;
                if (mod10 == 1 && mod100 != 11) return "one";
                if (mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14) return "few";
                return "many";
            case "zh":
            case "ja":
            case "ko":
                return "other";
            default:
                // English, Kazakh and most others: one / other.
                return abs == 1 ? "one" : "other";
        }
    }

    /// <summary>The categories a language needs, so a dictionary can be checked for completeness.</summary>
    public static IReadOnlyList<string> Required(string language) => language switch
    {
        "ru" or "uk" or "be" => ["one", "few", "many"],
        "zh" or "ja" or "ko" => ["other"],
        _ => ["one", "other"],
    };
}
