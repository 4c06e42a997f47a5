using SccSite.Config;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Modules;
using SccSite.Publishing;
using SccSite.Templates;
using SccSite.Translations;

namespace SccSite;

/// <summary>The one entry point for a build: load configuration, theme and data, then run the pipelines.</summary>
public static class SiteBuilder
{
    /// <summary>The engine is checked once: a module that reads a product its pipeline cannot see fails here, at start-up.</summary>
    private static readonly Lazy<PipelineEngine> Engine = new(() => new PipelineEngine(SitePipelines.All));

    /// <summary>A one-off build: nothing is remembered from earlier builds except the stamp that says whether anything changed.</summary>
    public static BuildResult Build(BuildOptions options, CancellationToken cancellation = default) => Run(options, null, cancellation);

    /// <summary>A build, remembering what it made in <paramref name="session"/> when there is one (the preview).</summary>
    internal static BuildResult Run(BuildOptions options, BuildSession? session, CancellationToken cancellation)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var paths = options.Paths;
        try
        {
            CheckFolders(paths);
            var search = options.Search ?? Publishing.Search.Detect(paths, options.Log ?? (_ => { }));
            var stampKey = BuildStamp.KeyFor(options, search);
            var writes = options.LastPhase == Phase.Write;
            if (session is null && writes && !options.Force && BuildStamp.Load(paths) is { } stamp && stamp.Matches(stampKey, paths))
                return new BuildResult(true, [], stamp.Notices, null, new WriteSummary(0, stamp.Outputs.Length, 0), clock.Elapsed)
                    { Report = stamp.Report, Pages = stamp.Pages, UpToDate = true };
            var config = LoadConfig(options);
            session?.UseConfig(paths);
            var theme = ThemeLoader.Load(paths, config);
            var data = SiteData.Load(paths, config);
            using var output = new OutputFolder(paths.Output, dryRun: options.LastPhase < Phase.Write, config.Output.Keep, session?.LastWritten);
            using var searchPages = search.Enabled ? SearchPages.InScratchFolder() : SearchPages.None;
            var services = new object[] { paths, config, theme, data, search, output, searchPages, new Drafts(options.IncludeDrafts), session?.Sources ?? SourceCache.None };
            var context = session is null
                ? new BuildContext(services) { Cancellation = cancellation, Progress = options.Progress }
                : session.Context(services, options.Progress, cancellation);
            if (!search.Enabled) context.Notice($"search skipped: {search.Reason}. The site is built without a search box.");
            var setup = clock.Elapsed;
            var result = Engine.Value.Run(context, options.LastPhase);
            var ran = clock.Elapsed;
            if (!result.Succeeded) return BuildResult.Failed(result.Errors, clock.Elapsed);
            if (writes && session is not null) session.LastWritten = output.Claimed;
            var model = context.Get<SiteModel>();
            var report = TranslationReport.For(model);
            var pages = model.Nodes.Length * config.Languages.Length;
            if (writes && session is null)
                new BuildStamp(stampKey, BuildStamp.InputsOf(paths), BuildStamp.OutputsOf(paths), context.Notices, report, pages).Save(paths);
            return new BuildResult(true, [], context.Notices, model, context.Find<WriteSummary>(), clock.Elapsed) { Timings = result.Timings, Report = report, Pages = pages, Setup = setup, Finish = clock.Elapsed - ran };
        }
        catch (BuildException e)
        {
            return BuildResult.Failed(e.Errors, clock.Elapsed);
        }
    }

    /// <summary>The site configuration, with the command line's base URL applied.</summary>
    public static SiteConfig LoadConfig(BuildOptions options)
    {
        var paths = options.Paths;
        var file = Path.Combine(paths.Input, "site.yml");
        var config = SiteConfigLoader.Load(file, paths.Display(file));
        if (options.BaseUrl is null) return config;
        return config.WithBaseUrl(SiteConfigLoader.ParseBaseUrl(options.BaseUrl)
            ?? throw new BuildException(BuildError.InFile("--base-url", $"'{options.BaseUrl}' is not an absolute http(s) URL.", "Write it like https://example.org/sco/.")));
    }

    private static void CheckFolders(BuildPaths paths)
    {
        if (!Directory.Exists(paths.Input))
            throw new BuildException(BuildError.InFile(paths.Input, "The input folder does not exist.", "Pass --input with the folder that holds site.yml."));
        if (!Directory.Exists(paths.Theme))
            throw new BuildException(BuildError.InFile(paths.Theme, "The theme folder does not exist.", "Pass --theme, or keep theme/ next to input/."));
        // The output folder is cleaned of stale files, so it must never hold the sources.
        foreach (var source in new[] { paths.Input, paths.Theme })
            if (IsSameOrInside(source, paths.Output))
                throw new BuildException(BuildError.InFile(paths.Output, "The output folder contains the site's sources and would be emptied.", "Choose a separate output folder, e.g. output/."));
        if (Path.GetPathRoot(paths.Output) == paths.Output)
            throw new BuildException(BuildError.InFile(paths.Output, "The output folder cannot be a file system root."));
        // An output inside the sources would be read back as sources by the next build (input/static/ would copy itself, growing every time).
        foreach (var (source, name) in new[] { (paths.Input, "input"), (paths.Theme, "theme") })
            if (IsSameOrInside(paths.Output, source))
                throw new BuildException(BuildError.InFile(paths.Output, $"The output folder is inside the {name} folder: the next build would read its own output.", "Choose a folder outside input/ and theme/, e.g. output/ beside them."));
        // A file where the output folder, or a folder above it, should be: nothing could be written (it used to be an internal error).
        for (var folder = paths.Output.TrimEnd(Path.DirectorySeparatorChar); !string.IsNullOrEmpty(folder) && !Directory.Exists(folder); folder = Path.GetDirectoryName(folder))
            if (File.Exists(folder))
                throw new BuildException(BuildError.InFile(paths.Output, $"The output folder cannot be created: {folder} is a file.", "Pass --output with a folder, or move the file away."));
    }

    private static bool IsSameOrInside(string path, string folder)
    {
        var f = folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var p = path.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return p.StartsWith(f, StringComparison.Ordinal);
    }
}
