using SccSite.Engine;

namespace SccSite;

/// <summary>Options of a build: where to read and write, and an optional base URL that overrides site.yml.</summary>
public sealed record BuildOptions(string Input, string Output, string? Theme = null, string? BaseUrl = null, Phase LastPhase = Phase.Write)
{
    /// <summary>Search settings to use instead of detecting Pagefind (tests pin them).</summary>
    public Publishing.Search? Search { get; init; }

    /// <summary>Where progress lines go (installing tools); nothing by default.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Publish pages marked 'draft: true' (the preview does).</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Build even when nothing changed since the last build into the same output (the build stamp says so).</summary>
    public bool Force { get; init; }

    /// <summary>Called as the build moves through its phases (a progress display).</summary>
    public Action<BuildProgress>? Progress { get; init; }

    public BuildPaths Paths => new(
        Path.GetFullPath(Input),
        Path.GetFullPath(Theme ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Input).TrimEnd(Path.DirectorySeparatorChar))!, "theme")),
        Path.GetFullPath(Output));
}

