namespace SccSite.Engine;

/// <summary>What kind of value an output read while it was made.</summary>
public enum DependencyKind
{
    /// <summary>A published page's address and state: URL, state, the language of its text, title, description.</summary>
    Page,
    /// <summary>A page's language-neutral facts (order, status, dates, place, priority).</summary>
    Facts,
    /// <summary>A page file's title, description and keys (not its body).</summary>
    FileText,
    /// <summary>Everything about a page file, body included.</summary>
    FileMeta,
    /// <summary>A page file's rendered body, links and headings.</summary>
    FileBody,
    /// <summary>An ordered list of pages (priorities, initiatives, events, a section, all).</summary>
    List,
    /// <summary>Which page, if any, a key or a path names.</summary>
    Lookup,
    /// <summary>A file under input/static/ (whether it exists, its size and time).</summary>
    StaticFile,
    /// <summary>A layout or partial, with the UI strings folded into it, in one language.</summary>
    Template,
    /// <summary>One UI string in one language.</summary>
    UiString,
    /// <summary>The URLs of the theme's assets.</summary>
    Assets,
    /// <summary>Shared data (places).</summary>
    Data,
}

/// <summary>One value an output depended on, named so that its current version can be looked up.</summary>
public readonly record struct Dependency(DependencyKind Kind, string Name, string Language = "");

/// <summary>The current version of a dependency, as a number that changes whenever the value does.</summary>
public interface IDependencyVersions
{
    long VersionOf(Dependency dependency);
}
