namespace SccSite.Content;

/// <summary>The kind of a page follows from where it lives in its language folder.</summary>
public enum PageKind
{
    Home,
    Section,
    Priority,
    Initiative,
    Event,
    Page,
}

public static class PageKinds
{
    public const string Priorities = "priorities";
    public const string Initiatives = "initiatives";
    public const string Events = "events";

    public static PageKind FromPath(string pathKey)
    {
        if (pathKey == "index") return PageKind.Home;
        var parts = pathKey.Split('/');
        if (parts.Length == 2 && parts[1] == "index") return PageKind.Section;
        if (parts.Length == 2)
        {
            return parts[0] switch
            {
                Priorities => PageKind.Priority,
                Initiatives => PageKind.Initiative,
                Events => PageKind.Event,
                _ => PageKind.Page,
            };
        }
        return PageKind.Page;
    }

    /// <summary>The section folder a page belongs to ("" for the root).</summary>
    public static string SectionOf(string pathKey)
    {
        var slash = pathKey.IndexOf('/');
        return slash < 0 ? "" : pathKey[..slash];
    }
}
