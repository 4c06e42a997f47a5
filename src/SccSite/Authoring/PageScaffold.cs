using System.Globalization;
using SccSite.Config;
using SccSite.Content;
using SccSite.Engine;

namespace SccSite.Authoring;

/// <summary>
/// Starts a new English page of a kind: complete front matter with the next free order, and
/// 'TODO:' placeholders where the editor must write, which fail the build until they are filled in.
/// An existing file is never overwritten.
/// </summary>
public static class PageScaffold
{
    public static readonly IReadOnlyList<string> Kinds = ["priority", "initiative", "event", "page"];

    /// <summary>Writes the page and returns its display path, or throws a <see cref="BuildException"/> saying what is wrong.</summary>
    public static string Create(BuildPaths paths, SiteConfig config, string kind, string slug, string? priority)
    {
        var folder = kind switch
        {
            "priority" => PageKinds.Priorities,
            "initiative" => PageKinds.Initiatives,
            "event" => PageKinds.Events,
            "page" => "",
            _ => throw new BuildException(BuildError.InFile("new", $"'{kind}' is not a kind of page.", $"Use one of: {string.Join(", ", Kinds)}.")),
        };
        var segments = slug.Trim('/').Split('/');
        if (slug.Length == 0 || !segments.All(InputLayout.IsSafeSegment) || (folder.Length > 0 && segments.Length > 1))
            throw new BuildException(BuildError.InFile("new", $"'{slug}' cannot be a page's file name.", "Use lower-case letters, digits and hyphens, e.g. energy-storage."));
        if (priority is not null && kind is not ("initiative" or "event"))
            throw new BuildException(BuildError.InFile("new", "--priority belongs to initiatives and events.", "Leave it out for this kind."));
        var language = Path.Combine(paths.Input, config.DefaultLanguage);
        if (priority is not null && !File.Exists(Path.Combine(language, PageKinds.Priorities, priority + ".md")))
            throw new BuildException(BuildError.InFile("--priority", $"There is no priority '{priority}'.",
                $"Use the file name of a page in {paths.Display(Path.Combine(language, PageKinds.Priorities))}/: {string.Join(", ", Existing(language, PageKinds.Priorities))}."));

        var file = Path.Combine(language, folder, slug.Trim('/') + ".md");
        var display = paths.Display(file);
        if (File.Exists(file))
            throw new BuildException(BuildError.InFile(display, "The page already exists; 'new' never overwrites a file.", "Choose another name, or edit the page."));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using (var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
            writer.Write(Text(kind, priority, NextOrder(language, folder)));
        return display;
    }

    private static string Text(string kind, string? priority, int order)
    {
        var lines = new List<string>
        {
            "---",
            $"title: \"{Placeholder.Prefix} the {kind}'s name, as readers should see it\"",
            $"description: \"{Placeholder.Prefix} one sentence for search results and cards\"",
        };
        switch (kind)
        {
            case "priority":
                lines.Add($"order: {order}");
                break;
            case "initiative":
                if (priority is not null) lines.Add($"priority: {priority}");
                lines.Add($"status: \"{Placeholder.Prefix} proposed, planned, established or declared\"");
                lines.Add($"order: {order}");
                break;
            case "event":
                lines.Add($"date: \"{Placeholder.Prefix} the day as 2024-07-03, or the month as 2024-07\"");
                lines.Add($"place: \"{Placeholder.Prefix} a key of input/data/places.yml, or delete this line\"");
                if (priority is not null) lines.Add($"priority: {priority}");
                break;
        }
        lines.Add("---");
        lines.Add("");
        lines.Add($"{Placeholder.Prefix} write the page. Link other pages by their .md file, e.g. [the priorities](../priorities/index.md).");
        lines.Add("");
        return string.Join('\n', lines);
    }

    /// <summary>One more than the highest 'order' among the section's pages (orders are read line by line: no full parse needed).</summary>
    private static int NextOrder(string language, string folder)
    {
        var dir = Path.Combine(language, folder);
        var highest = 0;
        if (folder.Length == 0 || !Directory.Exists(dir)) return 1;
        foreach (var page in Directory.EnumerateFiles(dir, "*.md"))
            foreach (var line in File.ReadLines(page).Take(40))
                if (line.StartsWith("order:", StringComparison.Ordinal) && int.TryParse(line[6..].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var order))
                    highest = Math.Max(highest, order);
        return highest + 1;
    }

    private static IEnumerable<string> Existing(string language, string folder) =>
        Directory.Exists(Path.Combine(language, folder))
            ? Directory.EnumerateFiles(Path.Combine(language, folder), "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().Where(n => n != "index").Order(StringComparer.Ordinal)
            : [];
}
