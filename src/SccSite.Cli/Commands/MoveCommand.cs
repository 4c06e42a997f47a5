using System.CommandLine;
using SccSite.Authoring;
using SccSite.Engine;

namespace SccSite.Cli.Commands;

/// <summary>'move OLD NEW': moves an English page with its translations, redirects the old URL and rewrites the links to it.</summary>
public static class MoveCommand
{
    public static Command Create(Terminal console)
    {
        var from = new Argument<string>("OLD") { Description = "The page's path: input/en/initiatives/fund.md (or initiatives/fund)." };
        var to = new Argument<string>("NEW") { Description = "Its new path: input/en/initiatives/investment-fund.md." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would change; write nothing." };
        var input = SiteOptions.Input();
        var theme = SiteOptions.Theme();
        var command = new Command("move", "Move an English page and its translations, add a redirect from the old URL and rewrite every link to it (translations stay current).") { from, to, dryRun, input, theme };
        command.SetAction(parsed =>
        {
            var options = new BuildOptions(parsed.GetValue(input)!, "output", parsed.GetValue(theme));
            try
            {
                var config = SiteBuilder.LoadConfig(options);
                var dry = parsed.GetValue(dryRun);
                var result = PageMove.Run(options.Paths, config, parsed.GetValue(from)!, parsed.GetValue(to)!, dry);
                foreach (var change in result.Changes) console.Out.WriteLine(dry ? $"would: {change}" : change);
                foreach (var warning in result.Warnings) console.Error.WriteLine(console.Style.Warning(warning));
                console.Out.WriteLine(dry ? "Dry run: nothing was written." : $"{result.Changes.Count} file{(result.Changes.Count == 1 ? "" : "s")} changed. Run 'sccsite check' to see the site build.");
                return CommandLine.Ok;
            }
            catch (BuildException e)
            {
                foreach (var error in e.Errors) console.Fail(error);
                console.Error.WriteLine("Nothing was written.");
                return CommandLine.SiteErrors;
            }
        });
        return command;
    }
}
