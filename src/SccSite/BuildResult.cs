using System.Collections.Immutable;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Publishing;
using SccSite.Translations;

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

    /// <summary>Wall time before the pipelines ran (configuration, theme, data, the up-to-date check).</summary>
    public TimeSpan Setup { get; init; }

    /// <summary>Wall time after the pipelines ran (translation report, build stamp).</summary>
    public TimeSpan Finish { get; init; }

    /// <summary>The translation status of every language.</summary>
    public ImmutableArray<LanguageStatus> Report { get; init; } = [];

    /// <summary>How many pages were published, over all languages.</summary>
    public int Pages { get; init; }

    /// <summary>True when nothing had changed since the last build, so nothing was done.</summary>
    public bool UpToDate { get; init; }

    public static BuildResult Failed(IEnumerable<BuildError> errors, TimeSpan elapsed) => new(false, [.. errors], [], null, null, elapsed);
}

