using System.Collections.Immutable;
using SccSite.Config;
using SccSite.Engine;
using SccSite.I18n;
using SccSite.Templates.Views;
using Scriban;
using Scriban.Parsing;

namespace SccSite.Templates;

/// <summary>Loads templates only from theme/: each is parsed once; a syntax error is a build error with file and line.</summary>
public static class ThemeLoader
{
    public static readonly string[] RequiredLayouts = ["base", "home", "section", "priority", "initiative", "event", "page", "root", "404", "search"];

    public static Theme Load(BuildPaths paths, SiteConfig config)
    {
        var errors = new List<BuildError>();
        var used = new HashSet<string>(UiKeys.UsedByGenerator, StringComparer.Ordinal);
        var layouts = LoadFolder(paths, "layouts", errors, used);
        var partials = LoadFolder(paths, "partials", errors, used);
        // A layout that exists but could not be read or parsed has its own error already.
        foreach (var name in RequiredLayouts.Where(n => !layouts.ContainsKey(n) && !File.Exists(Path.Combine(paths.Theme, "layouts", n + ".html"))))
            errors.Add(BuildError.InFile(paths.Display(Path.Combine(paths.Theme, "layouts")), $"The theme has no '{name}.html' layout.", $"Add theme/layouts/{name}.html."));

        var dictionaries = ImmutableDictionary.CreateBuilder<string, UiStrings>(StringComparer.Ordinal);
        foreach (var language in config.Languages)
        {
            var file = Path.Combine(paths.Theme, "i18n", language.Code + ".yml");
            var display = paths.Display(file);
            if (!File.Exists(file))
            {
                errors.Add(BuildError.InFile(display, $"There are no UI strings for language '{language.Code}'.", $"Copy theme/i18n/{config.DefaultLanguage}.yml to {display} and translate it."));
                continue;
            }
            try
            {
                dictionaries[language.Code] = UiStringsLoader.Parse(language.Code, SourceText.Read(file, display), display);
            }
            catch (BuildException e)
            {
                errors.AddRange(e.Errors);
            }
        }
        if (errors.Count == 0)
            errors.AddRange(UiStringsLoader.Check([.. dictionaries.Values.OrderBy(d => d.Language, StringComparer.Ordinal)], used, "the theme"));
        if (errors.Count == 0)
            errors.AddRange(CheckFields(layouts, partials));
        if (errors.Count > 0) throw new BuildException(errors);
        return new Theme(layouts, partials, dictionaries.ToImmutable(), Path.Combine(paths.Theme, "assets"));
    }

    /// <summary>Checks every layout (and the partials it calls) against the view types it is rendered with.</summary>
    public static IReadOnlyList<BuildError> CheckFields(IReadOnlyDictionary<string, ThemeTemplate> layouts, IReadOnlyDictionary<string, ThemeTemplate> partials)
    {
        var checker = new TemplateChecker(partials);
        var page = new ViewType(typeof(PageView));
        var site = new ViewType(typeof(SiteView));
        foreach (var (name, layout) in layouts.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var globals = name switch
            {
                Theme.RootLayout => new Dictionary<string, TemplateType> { ["site"] = new ViewType(typeof(RootView)) },
                Theme.BaseLayout => new Dictionary<string, TemplateType> { ["page"] = page, ["site"] = site, ["content"] = TemplateType.Scalar },
                _ => new Dictionary<string, TemplateType> { ["page"] = page, ["site"] = site },
            };
            checker.Check(layout, globals);
        }
        return checker.Errors;
    }

    private static ImmutableDictionary<string, ThemeTemplate> LoadFolder(BuildPaths paths, string folder, List<BuildError> errors, HashSet<string> used)
    {
        var result = ImmutableDictionary.CreateBuilder<string, ThemeTemplate>(StringComparer.Ordinal);
        var dir = Path.Combine(paths.Theme, folder);
        if (!Directory.Exists(dir)) return result.ToImmutable();
        foreach (var file in Directory.EnumerateFiles(dir, "*.html").Where(f => !Content.InputLayout.IsIgnored(Path.GetFileName(f))).Order(StringComparer.Ordinal))
        {
            var display = paths.Display(file);
            string text;
            try
            {
                text = SourceText.Read(file, display);
            }
            catch (BuildException e)
            {
                errors.AddRange(e.Errors);
                continue;
            }
            used.UnionWith(UiKeys.InTemplate(text));
            var template = Parse(text, display, errors);
            if (template is not null) result[Path.GetFileNameWithoutExtension(file)] = new ThemeTemplate(Path.GetFileNameWithoutExtension(file), display, template, text);
        }
        return result.ToImmutable();
    }

    public static Template? Parse(string text, string display, List<BuildError> errors)
    {
        var template = Template.Parse(text, display, null, new LexerOptions { Lang = ScriptLang.Default, Mode = ScriptMode.Default });
        if (!template.HasErrors) return template;
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            errors.Add(new BuildError(display, message.Span.Start.Line + 1, message.Span.Start.Column + 1, $"Template syntax error: {message.Message}", "Check the {{ }} tags near this line."));
        return null;
    }
}
