namespace SccSite.Content;

/// <summary>The translatable part of a page's front matter: written in every language.</summary>
public sealed record PageText(string Title, string Description, string? TranslationKey, string? TranslatedFrom);

/// <summary>The language-neutral part: written once, on the default-language page, and inherited.</summary>
public abstract record PageFacts
{
    public static readonly PageFacts None = new NoFacts();
}

public sealed record NoFacts : PageFacts;

public sealed record PriorityFacts(int Order) : PageFacts;

public sealed record InitiativeFacts(string? Priority, InitiativeStatus Status, YearRange? Period, int Order) : PageFacts;

public sealed record EventFacts(PartialDate Date, PartialDate? EndDate, string? Place, string? Priority) : PageFacts;

public enum InitiativeStatus
{
    Proposed,
    Planned,
    Established,
    Declared,
}

/// <summary>The parsed front matter of one source file, with where its body starts.</summary>
public sealed record FrontMatter(PageKind Kind, PageText Text, PageFacts? Facts, int BodyLine, string Body, IReadOnlyDictionary<string, (int Line, int Column)> FactPositions)
{
    /// <summary>Old paths of the page (relative to its language folder) that redirect to it; source language only.</summary>
    public System.Collections.Immutable.ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Where 'aliases' is written, so a colliding alias is reported at its line.</summary>
    public (int Line, int Column) AliasesPosition { get; init; } = (1, 1);

    /// <summary>'draft: true': shown by the preview, left out of a published build (a source's translations with it).</summary>
    public bool Draft { get; init; }

    /// <summary>'untranslated: true' on a translation started by 'translations start': readers get the fallback until it is finished.</summary>
    public bool Untranslated { get; init; }
}

public static class FactValues
{
    /// <summary>The canonical text of one language-neutral field, for comparing a translation with its source.</summary>
    public static string? Of(PageFacts facts, string key) => (facts, key) switch
    {
        (PriorityFacts p, "order") => p.Order.ToString(System.Globalization.CultureInfo.InvariantCulture),
        (InitiativeFacts i, "priority") => i.Priority,
        (InitiativeFacts i, "status") => Text.Naming.Kebab(i.Status.ToString()),
        (InitiativeFacts i, "period") => i.Period?.ToString(),
        (InitiativeFacts i, "order") => i.Order.ToString(System.Globalization.CultureInfo.InvariantCulture),
        (EventFacts e, "date") => e.Date.Iso,
        (EventFacts e, "endDate") => e.EndDate?.Iso,
        (EventFacts e, "place") => e.Place,
        (EventFacts e, "priority") => e.Priority,
        _ => null,
    };
}
