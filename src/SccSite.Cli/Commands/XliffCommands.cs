using System.CommandLine;
using SccSite.Engine;
using SccSite.Translations;
using SccSite.Translations.Xliff;

namespace SccSite.Cli.Commands;

/// <summary>'translations export' and 'translations import': XLIFF 2.1 files for translation agencies and CAT tools.</summary>
public static class XliffCommands
{
    public static Command Export(Terminal console)
    {
        var language = new Argument<string>("LANG") { Description = "The language to translate into, e.g. ru." };
        var stale = new Option<bool>("--stale") { Description = "Translations whose source changed." };
        var missing = new Option<bool>("--missing") { Description = "Pages not translated yet (also those started and marked untranslated)." };
        var all = new Option<bool>("--all") { Description = "Every page of the language, current ones too." };
        var output = new Option<string>("--output") { Description = "The XLIFF file to write, e.g. ru.xlf.", Required = true, HelpName = "FILE" };
        var input = SiteOptions.Input();
        var theme = SiteOptions.Theme();
        var command = new Command("export", "Write the pages to translate as XLIFF 2.1 (without --stale, --missing or --all: stale and missing pages).") { language, stale, missing, all, output, input, theme };
        command.SetAction(parsed => TranslationsCommand.WithModel(parsed, input, theme, console, (model, paths) =>
        {
            var selection = parsed.GetValue(all) ? ExportSelection.All
                : (parsed.GetValue(stale) ? ExportSelection.Stale : 0) | (parsed.GetValue(missing) ? ExportSelection.Missing : 0);
            if (selection == 0) selection = ExportSelection.Stale | ExportSelection.Missing;
            var code = parsed.GetValue(language)!;
            var document = XliffExport.Build(model, paths, code, selection);
            if (document.Pages.Count == 0)
            {
                console.Out.WriteLine($"Nothing to export: no {code} page is {(selection == ExportSelection.Stale ? "stale" : selection == ExportSelection.Missing ? "missing" : "stale or missing")}. Nothing was written.");
                return CommandLine.Ok;
            }
            var file = parsed.GetValue(output)!;
            new TextFile(Path.GetFullPath(file), XliffWriter.Write(document), Bom: false, Crlf: false).Write();
            var units = document.Pages.Sum(p => p.Units.Count);
            var targets = document.Pages.Sum(p => p.Units.Count(u => u.Target is not null));
            console.Out.WriteLine($"Wrote {file}: {document.Pages.Count} {code} page{(document.Pages.Count == 1 ? "" : "s")}, {units} units ({targets} with a target from the existing translation).");
            console.Out.WriteLine($"When it comes back translated, run 'translations import {file}'.");
            return CommandLine.Ok;
        }));
        return command;
    }

    public static Command Import(Terminal console)
    {
        var file = new Argument<string>("FILE") { Description = "An XLIFF file made by 'translations export', translated." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would change; write nothing." };
        var input = SiteOptions.Input();
        var theme = SiteOptions.Theme();
        var command = new Command("import", "Write the translations of an XLIFF file back into the pages; pages translated in full are recorded as current.") { file, dryRun, input, theme };
        command.SetAction(parsed => TranslationsCommand.WithModel(parsed, input, theme, console, (model, paths) =>
        {
            var path = parsed.GetValue(file)!;
            if (!File.Exists(path)) throw new BuildException(BuildError.InFile(path, "There is no such file.", "Give the path of the translated XLIFF file."));
            var document = XliffReader.Read(path, path);
            var plan = XliffImport.Plan(model, paths, document, path);
            var dry = parsed.GetValue(dryRun);
            if (!dry) XliffImport.Apply(plan);
            foreach (var page in plan) console.Out.WriteLine(dry && page.Write is not null ? $"would have {page.Summary}" : page.Summary);
            var written = plan.Count(p => p.Write is not null);
            console.Out.WriteLine(dry ? "Dry run: nothing was written." : $"{written} page{(written == 1 ? "" : "s")} written.");
            return CommandLine.Ok;
        }));
        return command;
    }
}
