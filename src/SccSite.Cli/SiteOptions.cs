using System.CommandLine;

namespace SccSite.Cli;

/// <summary>The options that say where the site is: shared by the commands that need them, declared once.</summary>
public static class SiteOptions
{
    public static Option<string> Input() => new("--input") { Description = "Content folder, holding site.yml.", DefaultValueFactory = _ => "input", HelpName = "DIR" };

    public static Option<string> Output() => new("--output") { Description = "Output folder.", DefaultValueFactory = _ => "output", HelpName = "DIR" };

    public static Option<string?> Theme() => new("--theme") { Description = "Theme folder (default: theme/ next to the input folder).", HelpName = "DIR" };

    public static Option<string?> BaseUrl() => new("--base-url") { Description = "Public URL of the site, e.g. https://example.org/sco/ (default: baseUrl in site.yml).", HelpName = "URL" };
}
