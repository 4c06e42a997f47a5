namespace SccSite.Content;

/// <summary>Relative links from a page's file, resolved inside the input folder.</summary>
public static class RelativeLinks
{
    /// <summary>
    /// The path relative to input/ that a link from a page points to ("en/about.md", "static/a.png"),
    /// or null when it climbs out of the input folder.
    /// </summary>
    public static string? Resolve(SourceFile page, string link)
    {
        var parts = (page.Language + "/" + page.RelativePath).Split('/').SkipLast(1).ToList();
        foreach (var segment in Uri.UnescapeDataString(link).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment != "..") parts.Add(segment);
            else if (parts.Count == 0) return null;
            else parts.RemoveAt(parts.Count - 1);
        }
        return string.Join('/', parts);
    }

    /// <summary>The page key ("priorities/energy") a link to a .md file in the page's own language folder names.</summary>
    public static string? PageKey(SourceFile page, string link) =>
        Resolve(page, link) is { } path && path.StartsWith(page.Language + "/", StringComparison.Ordinal) && path.EndsWith(".md", StringComparison.Ordinal)
            ? path[(page.Language.Length + 1)..^3]
            : null;

    /// <summary>The path under input/static/ a link names, or null with the reason.</summary>
    public static string? StaticFile(SourceFile page, string link, out string? problem)
    {
        var path = Resolve(page, link);
        var prefix = InputLayout.StaticFolder + "/";
        problem = path is null ? "it leaves the input folder"
            : !path.StartsWith(prefix, StringComparison.Ordinal) ? "files other than pages must live in input/static/"
            : null;
        return problem is null ? path![prefix.Length..] : null;
    }
}
