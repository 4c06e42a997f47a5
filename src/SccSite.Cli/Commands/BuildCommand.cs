using System.CommandLine;
using SccSite.Cli.Output;
using SccSite.Engine;
using SccSite.Translations;

namespace SccSite.Cli.Commands;

/// <summary>'build' writes the site; 'check' builds it without writing and fails on incomplete translations.</summary>
public static class BuildCommand
{
    public static Command Create(Terminal console)
    {
        var input = SiteOptions.Input();
        var output = SiteOptions.Output();
        var theme = SiteOptions.Theme();
        var baseUrl = SiteOptions.BaseUrl();
        var strict = new Option<bool>("--strict") { Description = "Fail like 'check' when a translation is missing, stale or orphaned." };
        var timings = new Option<bool>("--timings") { Description = "Print how long each phase and the slowest modules took, and the memory used." };
        var drafts = new Option<bool>("--drafts") { Description = "Also publish pages marked 'draft: true' (the preview always shows them)." };
        var force = new Option<bool>("--force") { Description = "Build even if nothing changed since the last build into this output." };
        var command = new Command("build", "Build input/ into output/ and print the translation status.") { input, output, theme, baseUrl, strict, timings, drafts, force };
        command.SetAction((parsed, cancellation) => Task.FromResult(Run(
            new BuildOptions(parsed.GetValue(input)!, parsed.GetValue(output)!, parsed.GetValue(theme), parsed.GetValue(baseUrl)) { IncludeDrafts = parsed.GetValue(drafts), Force = parsed.GetValue(force) },
            console, parsed.GetValue(strict), parsed.GetValue(timings), cancellation)));
        return command;
    }

    public static Command CreateCheck(Terminal console)
    {
        var input = SiteOptions.Input();
        var theme = SiteOptions.Theme();
        var baseUrl = SiteOptions.BaseUrl();
        var timings = new Option<bool>("--timings") { Description = "Print how long each phase and the slowest modules took." };
        var command = new Command("check", "Build without writing anything; exit 1 if anything is wrong or a translation is missing, stale or orphaned (for CI).") { input, theme, baseUrl, timings };
        command.SetAction((parsed, cancellation) => Task.FromResult(Run(
            new BuildOptions(parsed.GetValue(input)!, Path.Combine(Path.GetTempPath(), "sccsite-check-never-written"), parsed.GetValue(theme), parsed.GetValue(baseUrl)) { LastPhase = Phase.Render },
            console, strict: true, parsed.GetValue(timings), cancellation)));
        return command;
    }

    /// <summary>Builds and reports; returns the exit code.</summary>
    public static int Run(BuildOptions options, Terminal console, bool strict, bool timings, CancellationToken cancellation)
    {
        BuildResult result;
        using (var progress = new ProgressLine(console.Error, console.Style))
            result = SiteBuilder.Build(options with { Log = console.Out.WriteLine, Progress = progress.Report }, cancellation);
        if (!result.Succeeded)
        {
            ReportErrors(result, options, console);
            return CommandLine.SiteErrors;
        }
        var report = result.Report;
        foreach (var status in report)
            console.Out.WriteLine($"{status.Language}: {status.Pages} pages ({status.Translated} translated, {status.Stale} stale, {status.Missing} fallback)");
        foreach (var notice in result.Notices) console.Out.WriteLine(console.Style.Warning($"note: {notice}"));
        console.Out.WriteLine();
        console.Out.WriteLine(TranslationReport.Format(report));
        console.Out.WriteLine();
        var pages = result.Pages;
        if (result.UpToDate)
            console.Out.WriteLine($"Up to date: nothing changed since the last build into {options.Paths.Display(options.Paths.Output)}/ ({pages} pages, checked in {result.Elapsed.TotalMilliseconds:F0} ms). 'build --force' builds anyway.");
        else if (result.Written is { } w && options.LastPhase == Phase.Write)
            console.Out.WriteLine($"Built {pages} pages in {result.Elapsed.TotalMilliseconds:F0} ms into {options.Paths.Display(options.Paths.Output)}/: {w.Written} files changed, {w.Unchanged} unchanged, {w.Deleted} removed.");
        else
            console.Out.WriteLine($"Checked {pages} pages in {result.Elapsed.TotalMilliseconds:F0} ms; nothing was written.");
        if (timings && !result.UpToDate) Timings.Print(result, console);
        var untranslated = report.SelectMany(s => s.Untranslated).Select(e => e with { Hint = "Translate it, or delete it so readers get the fallback with a notice." }).ToList();
        foreach (var error in untranslated)
        {
            if (strict) console.Fail(error);
            else console.Error.WriteLine(console.Style.Warning(error.ToString().Replace(": error: ", ": warning: ", StringComparison.Ordinal)));
        }
        var incomplete = strict && report.Any(s => !s.IsComplete);
        if (incomplete)
            console.Error.WriteLine(console.Style.Error("error: translations are incomplete (see the table above). Translate or update the listed pages, then run 'translations mark-current FILE'."));
        return incomplete || (strict && untranslated.Count > 0) ? CommandLine.SiteErrors : CommandLine.Ok;
    }

    public static void ReportErrors(BuildResult result, BuildOptions options, Terminal console)
    {
        foreach (var error in result.Errors) console.Fail(error);
        var written = options.LastPhase == Phase.Write ? $"; {options.Paths.Display(options.Paths.Output)}/ was left untouched" : "";
        console.Error.WriteLine($"Build failed with {result.Errors.Length} error{(result.Errors.Length == 1 ? "" : "s")}{written}.");
    }
}
