using System.Collections.Immutable;
using SccSite.Config;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Modules;
using SccSite.Publishing;
using SccSite.Templates;

namespace SccSite;

/// <summary>What one build did.</summary>
public sealed record BuildResult(
    bool Succeeded,
    ImmutableArray<BuildError> Errors,
    ImmutableArray<string> Notices,
    SiteModel? Model,
    WriteSummary? Written,
    TimeSpan Elapsed)
{
    public ImmutableArray<ModuleTiming> Timings { get; init; } = [];

    public static BuildResult Failed(IEnumerable<BuildError> errors, TimeSpan elapsed) => new(false, [.. errors], [], null, null, elapsed);
}

/// <summary>Options of a build: where to read and write, and an optional base URL that overrides site.yml.</summary>
public sealed record BuildOptions(string Input, string Output, string? Theme = null, string? BaseUrl = null, Phase LastPhase = Phase.Write)
{
    /// <summary>Search settings to use instead of detecting Pagefind (tests pin them).</summary>
    public Publishing.Search? Search { get; init; }

    /// <summary>Where progress lines go (installing tools); nothing by default.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Publish pages marked 'draft: true' (the preview does).</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Called as the build moves through its phases (a progress display).</summary>
    public Action<BuildProgress>? Progress { get; init; }

    public BuildPaths Paths => new(
        Path.GetFullPath(Input),
        Path.GetFullPath(Theme ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Input).TrimEnd(Path.DirectorySeparatorChar))!, "theme")),
        Path.GetFullPath(Output));
}

/// <summary>The one entry point for a build: load configuration, theme and data, then run the pipelines.</summary>
public static class SiteBuilder
{
    /// <summary>The engine is checked once: a module that reads a product its pipeline cannot see fails here, at start-up.</summary>
    private static readonly Lazy<PipelineEngine> Engine = new(() => new PipelineEngine(SitePipelines.All));

    public static BuildResult Build(BuildOptions options, CancellationToken cancellation = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var paths = options.Paths;
        try
        {
            CheckFolders(paths);
            var config = LoadConfig(options);
            var theme = ThemeLoader.Load(paths, config);
            var data = SiteData.Load(paths, config);
            var search = options.Search ?? Publishing.Search.Detect(paths, options.Log ?? (_ => { }));
            using var output = new OutputFolder(paths.Output, dryRun: options.LastPhase < Phase.Write);
            using var searchPages = search.Enabled ? SearchPages.InScratchFolder() : SearchPages.None;
            var context = new BuildContext(paths, config, theme, data, search, output, searchPages, new Drafts(options.IncludeDrafts)) { Cancellation = cancellation, Progress = options.Progress };
            if (!search.Enabled) context.Notice($"search skipped: {search.Reason}. The site is built without a search box.");
            var result = Engine.Value.Run(context, options.LastPhase);
            if (!result.Succeeded) return BuildResult.Failed(result.Errors, clock.Elapsed);
            return new BuildResult(true, [], context.Notices, context.Find<SiteModel>(), context.Find<WriteSummary>(), clock.Elapsed) { Timings = result.Timings };
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
    }

    private static bool IsSameOrInside(string path, string folder)
    {
        var f = folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var p = path.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return p.StartsWith(f, StringComparison.Ordinal);
    }
}
