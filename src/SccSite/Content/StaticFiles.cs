namespace SccSite.Content;

/// <summary>Links from a page to files under input/static/, written as relative paths from the page's file.</summary>
public static class StaticFiles
{
    /// <summary>
    /// The path under input/static/ that a relative link from a page points to, or null (with a reason)
    /// when it leaves the input folder or points somewhere else.
    /// </summary>
    public static string? Resolve(SourceFile page, string link, out string? problem)
    {
        problem = null;
        var parts = (page.Language + "/" + page.RelativePath).Split('/').SkipLast(1).ToList();
        foreach (var segment in Uri.UnescapeDataString(link).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    problem = "it leaves the input folder";
                    return null;
                }
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(segment);
        }
        if (parts.Count < 2 || parts[0] != Modules.ReadPages.StaticFolder)
        {
            problem = "files other than pages must live in input/static/";
            return null;
        }
        return string.Join('/', parts.Skip(1));
    }
}
