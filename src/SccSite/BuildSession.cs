using SccSite.Content;
using SccSite.Engine;

namespace SccSite;

/// <summary>
/// Builds the same site again and again (the preview), remembering what each build made: unchanged
/// files are not read again, and a page is rendered again only when something it read changed.
/// The result is the same as a clean build's, byte for byte. Changing site.yml starts afresh.
/// </summary>
public sealed class BuildSession(BuildOptions options)
{
    private string? _config;

    public BuildOptions Options { get; } = options;

    internal SourceCache Sources { get; private set; } = SourceCache.Create();

    internal BuildMemory Memory { get; private set; } = new();

    /// <summary>What the last successful build left in the output folder (null before the first: that one walks the folder).</summary>
    internal IReadOnlySet<string>? LastWritten { get; set; }

    /// <summary>How many pages the last build made again, and how many it reused.</summary>
    public (int Ran, int Reused) LastWork => (Memory.Ran, Memory.Replayed);

    public BuildResult Build(CancellationToken cancellation = default)
    {
        Memory.ResetCounts();
        return SiteBuilder.Run(Options, this, cancellation);
    }

    /// <summary>
    /// Files a watcher saw change: they are read again even if their size and time look the same
    /// (an edit within one clock tick).
    /// </summary>
    public void Changed(IEnumerable<string> displayPaths)
    {
        foreach (var path in displayPaths) Sources.Forget(Path.GetFullPath(Path.Combine(Options.Paths.ProjectRoot, path)));
    }

    /// <summary>A configuration different from the last build's makes everything start afresh.</summary>
    internal void UseConfig(BuildPaths paths)
    {
        var text = File.ReadAllText(Path.Combine(paths.Input, "site.yml"));
        if (_config is not null && _config == text) return;
        _config = text;
        Sources = SourceCache.Create();
        Memory = new BuildMemory();
        LastWritten = null;
    }

    internal BuildContext Context(object[] services, Action<BuildProgress>? progress, CancellationToken cancellation)
    {
        var paths = (BuildPaths)services.First(s => s is BuildPaths);
        BuildContext? context = null;
        var versions = new DeferredVersions(() => context!, paths);
        context = new BuildContext(services) { Cancellation = cancellation, Progress = progress, Memory = Memory, Versions = versions };
        return context;
    }

    /// <summary>Versions over the build being made (the context exists only once this object does).</summary>
    private sealed class DeferredVersions(Func<BuildContext> context, BuildPaths paths) : IDependencyVersions
    {
        private SiteVersions? _versions;

        public long VersionOf(Dependency dependency) =>
            LazyInitializer.EnsureInitialized(ref _versions, () => new SiteVersions(context(), paths)).VersionOf(dependency);
    }
}
