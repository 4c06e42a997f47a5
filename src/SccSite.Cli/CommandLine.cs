using SccSite.Engine;
using SccSite.Translations;

namespace SccSite.Cli;

/// <summary>The commands: build, check, translations mark-current, preview. Thin: all work is in the library.</summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: sccsite <command> [options]

        Commands:
          build                       Build input/ into output/ and print the translation status.
          check                       Build without writing; exit 1 if any translation is missing, stale or orphaned.
          translations mark-current [FILE...]
                                      Record that translations are up to date with their source
                                      (all stale translations, or only the given files).
          preview                     Build, serve on http://127.0.0.1:5080/ and rebuild on every change (live reload).

        Options:
          --input DIR      Content folder (default: input)
          --output DIR     Output folder (default: output)
          --theme DIR      Theme folder (default: theme next to the input folder)
          --base-url URL   Public URL of the site, e.g. https://example.org/sco/ (default: baseUrl in site.yml)
          --strict         With build: fail like 'check' when translations are incomplete.
          --timings        With build: print the slowest modules.
          --port N         With preview: the port (default 5080).
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = Arguments.Parse(args);
        if (parsed.Error is not null)
        {
            await stderr.WriteLineAsync($"error: {parsed.Error}\n\n{Usage}");
            return 2;
        }
        var options = new BuildOptions(parsed.Input, parsed.Output, parsed.Theme, parsed.BaseUrl) { Log = stdout.WriteLine };
        try
        {
            return await RunCommandAsync(parsed, options, stdout, stderr);
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("SCCSITE_DEBUG") is null)
        {
            // A bug in the generator, not a user mistake: say so briefly; SCCSITE_DEBUG=1 shows the stack.
            await stderr.WriteLineAsync($"internal error: {e.GetType().Name}: {e.Message}\nThis is a bug in SccSite. Run again with SCCSITE_DEBUG=1 for details and report it.");
            return 70;
        }
    }

    private static async Task<int> RunCommandAsync(Arguments parsed, BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        return parsed.Command switch
        {
            "build" => Build(options, parsed.Strict, stdout, stderr, parsed.Timings),
            "check" => Build(options with { LastPhase = Phase.Render }, strict: true, stdout, stderr),
            "translations" => MarkCurrent(options, parsed.Files, stdout, stderr),
            "preview" => await PreviewServer.RunAsync(options, parsed.Port, stdout, stderr),
            "help" => Help(stdout),
            _ => throw new InvalidOperationException(),
        };
    }

    private static int Help(TextWriter stdout)
    {
        stdout.WriteLine(Usage);
        return 0;
    }

    public static int Build(BuildOptions options, bool strict, TextWriter stdout, TextWriter stderr, bool timings = false)
    {
        var result = SiteBuilder.Build(options);
        if (!result.Succeeded)
        {
            ReportErrors(result, options, stderr);
            return 1;
        }
        var report = TranslationReport.For(result.Model!);
        foreach (var status in report)
            stdout.WriteLine($"{status.Language}: {status.Pages} pages ({status.Translated} translated, {status.Stale} stale, {status.Missing} fallback) in {result.Elapsed.TotalMilliseconds:F0} ms");
        foreach (var notice in result.Notices) stdout.WriteLine($"note: {notice}");
        stdout.WriteLine();
        stdout.WriteLine(TranslationReport.Format(report));
        if (timings)
        {
            foreach (var t in result.Timings.OrderByDescending(t => t.Elapsed).Take(16))
                stdout.WriteLine($"timing: {t.Elapsed.TotalMilliseconds,8:F1} ms {t.AllocatedBytes / (1024 * 1024),6} MB  {(t.IsPhase ? "phase " + t.Phase : $"{t.Pipeline}/{t.Phase}/{t.Module}")}{(t.SummedOverThreads ? " (summed over threads)" : "")}");
            stdout.WriteLine($"memory: {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB allocated; GCs gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms; peak working set {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        }
        if (result.Written is { } w)
            stdout.WriteLine($"\nWrote {options.Paths.Display(options.Paths.Output)}/: {w.Written} files changed, {w.Unchanged} unchanged, {w.Deleted} removed.");
        if (strict && report.Any(s => !s.IsComplete))
        {
            stderr.WriteLine("error: translations are incomplete (see the table above). Translate or update the listed pages, then run 'translations mark-current'.");
            return 1;
        }
        return 0;
    }

    public static void ReportErrors(BuildResult result, BuildOptions options, TextWriter stderr)
    {
        foreach (var error in result.Errors) stderr.WriteLine(error.ToString());
        var output = options.Paths.Display(options.Paths.Output);
        stderr.WriteLine($"Build failed with {result.Errors.Length} error{(result.Errors.Length == 1 ? "" : "s")}; {output}/ was left untouched.");
    }

    private static int MarkCurrent(BuildOptions options, IReadOnlyList<string> files, TextWriter stdout, TextWriter stderr)
    {
        var result = SiteBuilder.Build(options with { LastPhase = Phase.Link });
        if (!result.Succeeded)
        {
            ReportErrors(result, options, stderr);
            return 1;
        }
        try
        {
            var stamped = TranslationStamp.MarkCurrent(result.Model!, options.Paths, files);
            foreach (var file in stamped) stdout.WriteLine($"marked current: {file}");
            if (stamped.Count == 0) stdout.WriteLine("Every translation is already current.");
            return 0;
        }
        catch (BuildException e)
        {
            foreach (var error in e.Errors) stderr.WriteLine(error.ToString());
            return 1;
        }
    }
}
