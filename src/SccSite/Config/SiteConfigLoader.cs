using System.Globalization;
using SccSite.Engine;
using SccSite.Yaml;

namespace SccSite.Config;

/// <summary>Reads input/site.yml strictly: an unknown key, language or fallback loop is an error.</summary>
public static class SiteConfigLoader
{
    private static readonly string[] TopKeys = ["title", "baseUrl", "defaultLanguage", "languages", "markdown", "output"];
    private static readonly string[] LanguageKeys = ["code", "name", "title", "culture", "direction", "hreflang", "htmlLang", "ogLocale", "fallback"];

    public static SiteConfig Load(string path, string displayPath)
    {
        if (!File.Exists(path))
            throw new BuildException(BuildError.InFile(displayPath, "The site configuration file is missing.", "Create input/site.yml with title, baseUrl, defaultLanguage and languages."));
        return Parse(SourceText.Read(path, displayPath), displayPath);
    }

    public static SiteConfig Parse(string text, string file)
    {
        var errors = new List<BuildError>();
        var map = YamlMap.Parse(text, file, 0, errors) ?? throw new BuildException(errors);

        var title = map.Text("title", required: true) ?? "";
        var baseUrlText = map.Text("baseUrl", required: true);
        var defaultLanguage = map.Text("defaultLanguage", required: true) ?? "";
        var languages = new List<(Language Lang, YamlMap Map)>();
        foreach (var lm in map.MapList("languages", required: true))
        {
            var lang = ReadLanguage(lm, title);
            if (lang is not null) languages.Add((lang, lm));
        }
        var markdown = MarkdownSettingsLoader.Read(map.Map("markdown"));
        var output = OutputSettingsLoader.Read(map.Map("output"));
        map.RejectUnknownKeys("site.yml", TopKeys);

        Uri? baseUrl = null;
        if (baseUrlText is not null)
        {
            baseUrl = ParseBaseUrl(baseUrlText);
            if (baseUrl is null)
                map.Error(map.Find("baseUrl"), $"baseUrl '{baseUrlText}' is not an absolute http(s) URL.", "Write it like https://example.org/ or https://example.org/sco/.");
        }

        var codes = languages.Select(l => l.Lang.Code).ToList();
        foreach (var dup in codes.GroupBy(c => c).Where(g => g.Count() > 1))
            map.Error(map.Find("languages"), $"Language '{dup.Key}' is listed more than once.");
        if (defaultLanguage.Length > 0 && !codes.Contains(defaultLanguage))
            map.Error(map.Find("defaultLanguage"), $"defaultLanguage '{defaultLanguage}' is not one of the languages ({string.Join(", ", codes)}).");
        // A code listed twice is reported above; the first one stands, so the fallback check cannot crash on it.
        var byCode = languages.DistinctBy(l => l.Lang.Code).ToDictionary(l => l.Lang.Code, l => l.Lang);
        foreach (var (lang, lm) in languages)
            CheckFallback(lang, lm, byCode);

        if (errors.Count > 0) throw new BuildException(errors);
        return new SiteConfig(title, baseUrl!, defaultLanguage, [.. languages.Select(l => l.Lang)], file) { Markdown = markdown, Output = output };
    }

    public static Uri? ParseBaseUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http")) return null;
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    private static Language? ReadLanguage(YamlMap m, string siteTitle)
    {
        var code = m.Text("code", required: true);
        var name = m.Text("name", required: true);
        var title = m.Text("title") ?? siteTitle;
        var culture = m.Text("culture", required: true);
        var direction = m.Enum<TextDirection>("direction") ?? TextDirection.Ltr;
        var hreflang = m.Text("hreflang") ?? code;
        var htmlLang = m.Text("htmlLang") ?? hreflang;
        var ogLocale = m.Text("ogLocale") ?? culture?.Replace('-', '_');
        var fallback = m.StringList("fallback");
        m.RejectUnknownKeys("a language", LanguageKeys);
        if (code is not null && !IsLanguageCode(code))
            m.Error(m.Find("code"), $"Language code '{code}' must be lower-case letters (like 'en' or 'zh').");
        if (culture is not null && !CultureExists(culture))
            m.Error(m.Find("culture"), $"Culture '{culture}' is not known on this machine.", "Use a name like en-GB, ru-RU, zh-CN or kk-KZ.");
        if (code is null || name is null || culture is null) return null;
        return new Language(code, name, title, culture, direction, hreflang!, htmlLang!, ogLocale!, [.. fallback]);
    }

    private static bool IsLanguageCode(string code) => code.Length is >= 2 and <= 8 && code.All(c => c is >= 'a' and <= 'z');

    private static bool CultureExists(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true) is not null;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    private static void CheckFallback(Language lang, YamlMap m, IReadOnlyDictionary<string, Language> all)
    {
        foreach (var code in lang.Fallback)
            if (!all.ContainsKey(code))
                m.Error(m.Find("fallback"), $"Language '{lang.Code}' falls back to unknown language '{code}'.", $"Use one of: {string.Join(", ", all.Keys)}.");
        var loop = FindLoop(lang.Code, all, []);
        if (loop is not null)
            m.Error(m.Find("fallback"), $"The fallback chain of '{lang.Code}' loops: {string.Join(" -> ", loop)}.", "Remove one step so every chain ends.");
    }

    private static List<string>? FindLoop(string code, IReadOnlyDictionary<string, Language> all, List<string> path)
    {
        if (path.Contains(code)) return path[0] == code ? [.. path, code] : null;
        if (!all.TryGetValue(code, out var lang)) return null;
        path.Add(code);
        foreach (var next in lang.Fallback)
        {
            var loop = FindLoop(next, all, path);
            if (loop is not null) return loop;
        }
        path.RemoveAt(path.Count - 1);
        return null;
    }
}
