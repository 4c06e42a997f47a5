using System.Collections.Immutable;

namespace SccSite.Config;

/// <summary>One configured language: how it is named, formatted and where it falls back.</summary>
public sealed record Language(
    string Code,
    string Name,
    string Title,
    string Culture,
    TextDirection Direction,
    string Hreflang,
    string HtmlLang,
    string OgLocale,
    ImmutableArray<string> Fallback)
{
    public string DirAttribute => Direction == TextDirection.Rtl ? "rtl" : "ltr";
}

public enum TextDirection
{
    Ltr,
    Rtl,
}
