using SccSite.Engine;
using SccSite.Yaml;

namespace SccSite.Content;

/// <summary>Splits a page into YAML front matter and Markdown body, and reads the front matter strictly by page kind.</summary>
public static class FrontMatterParser
{
    private static readonly string[] TextKeys = ["title", "description", "translationKey", "translatedFrom", "aliases", "draft", "untranslated"];

    public static IReadOnlyList<string> FactKeys(PageKind kind) => kind switch
    {
        PageKind.Priority => ["order"],
        PageKind.Initiative => ["priority", "status", "period", "order"],
        PageKind.Event => ["date", "endDate", "place", "priority"],
        _ => [],
    };

    public static FrontMatter Parse(SourceFile source, bool isSourceLanguage)
    {
        var errors = new List<BuildError>();
        var text = source.Text.Replace("\r\n", "\n");
        if (text.StartsWith('\uFEFF')) text = text[1..];
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
            throw new BuildException(BuildError.InFile(source.DisplayPath, "The page has no front matter.", "Start the file with a '---' line, then 'title:' and 'description:', then another '---' line."));
        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0 && text.EndsWith("\n---", StringComparison.Ordinal)) end = text.Length - 4;
        if (end < 0)
            throw new BuildException(BuildError.InFile(source.DisplayPath, "The front matter is not closed.", "Add a line with just '---' after the last front matter field."));

        var yaml = text[4..(end + 1)];
        var bodyStart = Math.Min(text.Length, end + 5);
        var bodyLine = text[..bodyStart].Count(c => c == '\n') + 1;
        var kind = PageKinds.FromPath(source.PathKey);

        var map = YamlMap.Parse(yaml, source.DisplayPath, 1, errors) ?? throw new BuildException(errors);
        map.RejectPlaceholders(Placeholder.Prefix, key => $"Write the page's {key} here; the page builds once no 'TODO:' is left.");
        if (errors.Count > 0) throw new BuildException(errors);
        var title = map.Text("title", required: true);
        var description = map.Text("description", required: true);
        var translationKey = map.Text("translationKey");
        var translatedFrom = map.Text("translatedFrom");
        if (isSourceLanguage && translatedFrom is not null)
            map.Error(map.Find("translatedFrom"), "'translatedFrom' belongs on translations only.", "Remove it from the default-language page.");

        var aliases = map.StringList("aliases");
        if (!isSourceLanguage && aliases.Count > 0)
            map.Error(map.KeyNode("aliases"), "'aliases' belongs on the default-language page only.", "Move it there: every language gets the redirects.");
        foreach (var alias in aliases.Where(a => !IsSafeAlias(a)))
            map.Error(map.Find("aliases"), $"The alias '{alias}' is not a safe path inside the language folder.", "Write it like 'old-section/old-page', without '..', a scheme or a leading language code.");
        // An alias is written as a folder: one named like a Windows device (aux, nul) cannot be written or checked out there.
        foreach (var (alias, device) in aliases.Where(IsSafeAlias).Select(a => (a, a.Trim('/').Split('/').FirstOrDefault(InputLayout.IsWindowsDeviceName))).Where(p => p.Item2 is not null))
            map.Error(map.Find("aliases"), $"The alias '{alias}' uses '{device}', a device name reserved on Windows.", "Choose another name for the old address.");

        var draft = map.Boolean("draft") ?? false;
        var untranslated = map.Boolean("untranslated") ?? false;
        if (isSourceLanguage && map.KeyNode("untranslated") is { } marker)
            map.Error(marker, "'untranslated' belongs on translations only.", "Remove it: the default-language page is the source of every translation.");

        var positions = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var key in FactKeys(kind))
            if (map.KeyNode(key) is { } node) positions[key] = ((int)node.Start.Line + 1, (int)node.Start.Column);
        var facts = ReadFacts(kind, map, required: isSourceLanguage);
        map.RejectUnknownKeys($"the front matter of a {Text.Naming.Kebab(kind.ToString())} page", [.. TextKeys, .. FactKeys(kind)]);

        if (errors.Count > 0) throw new BuildException(errors);
        var page = new PageText(title!, description!, translationKey, translatedFrom);
        return new FrontMatter(kind, page, positions.Count > 0 || isSourceLanguage ? facts : null, bodyLine, text[bodyStart..], positions)
        {
            Aliases = [.. aliases.Select(a => a.Trim('/'))],
            Draft = draft,
            Untranslated = untranslated,
            AliasesPosition = map.KeyNode("aliases") is { } at ? ((int)at.Start.Line + 1, (int)at.Start.Column) : (1, 1),
        };
    }

    /// <summary>An alias is a relative path of URL-safe segments; it can never point outside the output folder.</summary>
    public static bool IsSafeAlias(string alias)
    {
        var segments = alias.Trim('/').Split('/');
        return alias.Trim('/').Length > 0 && segments.All(InputLayout.IsSafeSegment);
    }

    private static PageFacts ReadFacts(PageKind kind, YamlMap map, bool required)
    {
        switch (kind)
        {
            case PageKind.Priority:
                return new PriorityFacts(map.WholeNumber("order", required) ?? 0);
            case PageKind.Initiative:
                {
                    var priority = map.Text("priority");
                    var status = map.Enum<InitiativeStatus>("status", required) ?? InitiativeStatus.Proposed;
                    var period = ReadPeriod(map);
                    return new InitiativeFacts(priority, status, period, map.WholeNumber("order", required) ?? 0);
                }
            case PageKind.Event:
                {
                    var date = ReadDate(map, "date", required) ?? default;
                    var endDate = ReadDate(map, "endDate", false);
                    if (endDate is { } e && e.CompareTo(date) < 0)
                        map.Error(map.Find("endDate"), $"endDate {e.Iso} is before date {date.Iso}.");
                    return new EventFacts(date, endDate, map.Text("place"), map.Text("priority"));
                }
            default:
                return PageFacts.None;
        }
    }

    private static PartialDate? ReadDate(YamlMap map, string key, bool required)
    {
        var text = map.Text(key, required);
        if (text is null) return null;
        if (PartialDate.TryParse(text, out var date)) return date;
        map.Error(map.Find(key), $"'{key}' must be a date like 2024-07-03, or 2024-07 when only the month is known; got '{text}'.");
        return null;
    }

    private static YearRange? ReadPeriod(YamlMap map)
    {
        var text = map.Text("period");
        if (text is null) return null;
        if (YearRange.TryParse(text, out var range)) return range;
        map.Error(map.Find("period"), $"'period' must be a year or a range of years like \"2025-2027\"; got '{text}'.");
        return null;
    }
}
