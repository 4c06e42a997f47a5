namespace SccSite.Text;

/// <summary>How C# names appear in files and templates: kebab-case in YAML, snake_case in templates.</summary>
public static class Naming
{
    /// <summary>"InitiativeStatus" → "initiative-status".</summary>
    public static string Kebab(string pascal) => Separated(pascal, '-');

    /// <summary>"IsFallback" → "is_fallback".</summary>
    public static string Snake(string pascal) => Separated(pascal, '_');

    private static string Separated(string pascal, char separator)
    {
        var result = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0) result.Append(separator);
            result.Append(char.ToLowerInvariant(c));
        }
        return result.ToString();
    }
}
