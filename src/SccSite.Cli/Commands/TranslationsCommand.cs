using System.CommandLine;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Translations;

namespace SccSite.Cli.Commands;

/// <summary>'translations …': the translator's commands. Thin: the work is in SccSite.Translations.</summary>
public static class TranslationsCommand
{
    public static Command Create(Terminal console) => new("translations", "Work on translations: start one, see what changed, record it as current, exchange XLIFF with agencies.")
    {
        Start(console),
        Diff(console),
        MarkCurrent(console),
        XliffCommands.Export(console),
        XliffCommands.Import(console),
    };

    /// <summary>A token like --port that reached the file list is an option this command does not have.</summary>
    internal static void RejectOptions(System.CommandLine.Parsing.ArgumentResult result)
    {
        foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
            result.AddError($"Unrecognized command or argument '{token.Value}'.");
    }

    /// <summary>Builds the site model (no rendering) and runs the command on it; site and user errors print as file:line:col and exit 1.</summary>
    internal static int WithModel(ParseResult parsed, Option<string> input, Option<string?> theme, Terminal console, Func<SiteModel, BuildPaths, int> run)
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
            return run(result.Model!, options.Paths);
        }
        catch (BuildException e)
        {
            foreach (var error in e.Errors) console.Fail(error);
            console.Error.WriteLine("Nothing was written.");
            return CommandLine.SiteErrors;
        }
    }

    private static Command Start(Terminal console)
    {
        var language = new Argument<string>("LANG") { Description = "The language to translate into, e.g. ru." };
        var page = new Argument<string>("PAGE") { Description = "The English page: input/en/initiatives/investment-fund.md (or initiatives/investment-fund)." };
        var input = SiteOptions.Input();
        var theme = SiteOptions.Theme();
        var command = new Command("start", "Create a translation to work on: the English title, description and text, marked 'untranslated: true' (readers keep the fallback until it is finished).") { language, page, input, theme };
        command.SetAction(parsed => WithModel(parsed, input, theme, console, (model, paths) =>
        {
            var started = TranslationStart.Create(model, paths, parsed.GetValue(language)!, parsed.GetValue(page)!);
            console.Out.WriteLine($"Created {started.DisplayPath}, a copy of {started.Source.DisplayPath} marked 'untranslated: true': readers see the fallback until it is done.");
            console.Out.WriteLine($"Translate the title, the description and the text, then run 'translations mark-current {started.DisplayPath}'.");
            return CommandLine.Ok;
        }));
        return command;
    }

    private static Command Diff(Terminal console)
    {
        var file = new Argument<string>("FILE") { Description = "A translation, e.g. input/ru/initiatives/investment-fund.md." };
        var input = SiteOptions.Input();
        var theme = SiteOptions.Theme();
        var command = new Command("diff", "Show what changed in the English page since the version the translation was made from (found in git history): a word diff of the title, description and changed paragraphs.") { file, input, theme };
        command.SetAction(parsed => WithModel(parsed, input, theme, console, (model, paths) =>
        {
            var translation = TranslationFiles.Find(model, paths, parsed.GetValue(file)!);
            var report = SourceChanges.Find(translation, paths);
            console.Out.Write(SourceChangesFormat.Text(report, console.Style.Colour));
            return CommandLine.Ok;
        }));
        return command;
    }

    private static Command MarkCurrent(Terminal console)
    {
        var input = SiteOptions.Input();
        var theme = SiteOptions.Theme();
        var files = new Argument<string[]>("FILE") { Description = "Translation files, e.g. input/ru/about.md.", Arity = ArgumentArity.ZeroOrMore };
        files.Validators.Add(RejectOptions);
        var all = new Option<bool>("--all") { Description = "Mark every stale translation current." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be marked; write nothing." };
        var force = new Option<bool>("--force") { Description = "Mark even a translation whose text still looks like the source's." };
        var command = new Command("mark-current", "Record that translations are up to date with their source (refuses text that is still the source's).") { files, all, dryRun, force, input, theme };
        command.Validators.Add(result =>
        {
            var named = result.GetValue(files) is { Length: > 0 };
            var everything = result.GetValue(all);
            if (!named && !everything) result.AddError("Name the translations to mark current (e.g. input/ru/about.md), or pass --all to mark every stale translation.");
            if (named && everything) result.AddError("Name translations or pass --all, not both.");
        });
        command.SetAction(parsed => WithModel(parsed, input, theme, console, (model, paths) =>
        {
            var plan = TranslationStamp.Plan(model, paths, parsed.GetValue(files) ?? [], parsed.GetValue(all), parsed.GetValue(force));
            var dry = parsed.GetValue(dryRun);
            if (!dry) TranslationStamp.Apply(plan);
            foreach (var stamping in plan)
                console.Out.WriteLine(stamping.IsCurrent ? $"already current: {stamping.Translation.File.DisplayPath}" : $"{(dry ? "would mark current" : "marked current")}: {stamping.Describe()}");
            if (plan.Count == 0) console.Out.WriteLine("Every translation is already current.");
            if (dry) console.Out.WriteLine("Dry run: nothing was written.");
            return CommandLine.Ok;
        }));
        return command;
    }
}
