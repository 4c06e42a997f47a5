using System.CommandLine;
using SccSite.Engine;
using SccSite.Translations;

namespace SccSite.Cli.Commands;

/// <summary>'translations …': the translator's commands.</summary>
public static class TranslationsCommand
{
    public static Command Create(Terminal console) => new("translations", "Work on translations: record them as current.")
    {
        MarkCurrent(console),
    };

    /// <summary>A token like --port that reached the file list is an option this command does not have.</summary>
    internal static void RejectOptions(System.CommandLine.Parsing.ArgumentResult result)
    {
        foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
            result.AddError($"Unrecognized command or argument '{token.Value}'.");
    }

    private static Command MarkCurrent(Terminal console)
    {
        var input = SiteOptions.Input();
        var theme = SiteOptions.Theme();
        var files = new Argument<string[]>("FILE") { Description = "Translation files, e.g. input/ru/about.md.", Arity = ArgumentArity.ZeroOrMore };
        files.Validators.Add(RejectOptions);
        var command = new Command("mark-current", "Record that translations are up to date with their source.") { files, input, theme };
        command.SetAction(parsed =>
        {
            var options = new BuildOptions(parsed.GetValue(input)!, Path.Combine(Path.GetTempPath(), "sccsite-never-written"), parsed.GetValue(theme)) { LastPhase = Phase.Link };
            var result = SiteBuilder.Build(options);
            if (!result.Succeeded)
            {
                BuildCommand.ReportErrors(result, options, console);
                return CommandLine.SiteErrors;
            }
            try
            {
                var stamped = TranslationStamp.MarkCurrent(result.Model!, options.Paths, parsed.GetValue(files) ?? []);
                foreach (var file in stamped) console.Out.WriteLine($"marked current: {file}");
                if (stamped.Count == 0) console.Out.WriteLine("Every translation is already current.");
                return CommandLine.Ok;
            }
            catch (BuildException e)
            {
                foreach (var error in e.Errors) console.Fail(error);
                return CommandLine.SiteErrors;
            }
        });
        return command;
    }
}
