namespace SccSite.Translations.Xliff;

/// <summary>An XLIFF 2.1 document as SccSite writes and reads it: one &lt;file&gt; per page.</summary>
public sealed record XliffDocument(string SourceLanguage, string TargetLanguage, IReadOnlyList<XliffPage> Pages)
{
    public const string Namespace = "urn:oasis:names:tc:xliff:document:2.0";

    /// <summary>SccSite's own attributes and skeleton elements (allowed by XLIFF's extension points).</summary>
    public const string SccNamespace = "urn:sccsite:xliff:1";

    public const string Version = "2.1";
}

/// <param name="Original">The translation's path inside input/ ("ru/initiatives/fund.md").</param>
/// <param name="Source">The source page's path inside input/ ("en/initiatives/fund.md").</param>
/// <param name="SourceVersion">The source hash the units were exported from: an import records it as translatedFrom.</param>
/// <param name="TranslationVersion">A fingerprint of the translation file at export ("none" when there was none): an import refuses a file changed since.</param>
/// <param name="Skeleton">The page's text with a reference in place of every unit.</param>
public sealed record XliffPage(string Id, string Original, string Source, string SourceVersion, string TranslationVersion, IReadOnlyList<SkeletonPart> Skeleton, IReadOnlyList<XliffUnit> Units)
{
    /// <summary>Where in the XLIFF file the page is (for errors on import).</summary>
    public int Line { get; init; } = 1;

    public int Column { get; init; } = 1;
}

/// <summary>Literal text of the skeleton, or a reference to a unit (front matter units keep their YAML as written).</summary>
public sealed record SkeletonPart(string? Text, string? UnitId = null, string? Yaml = null, string? Value = null);

/// <param name="Kind">title, description, h1…h6, p, item, cell, quote or note.</param>
/// <param name="State">initial, translated, reviewed or final (XLIFF segment states).</param>
public sealed record XliffUnit(string Id, string Kind, IReadOnlyList<Piece> Source, IReadOnlyList<Piece>? Target, string State)
{
    public int Line { get; init; } = 1;

    public int Column { get; init; } = 1;

    /// <summary>Translated, reviewed or final: the translator is done with it.</summary>
    public bool IsDone => Target is not null && State is "translated" or "reviewed" or "final";
}
