using System.Collections.Immutable;

namespace SccSite.Config;

/// <summary>
/// The 'output' section of site.yml: paths under the output folder that builds never delete (a
/// gh-pages worktree's own files), and whether the site is published by GitHub Pages from that folder,
/// in which case the build writes '.nojekyll' and, for a custom domain, 'CNAME'.
/// </summary>
public sealed record OutputSettings(ImmutableArray<string> Keep, bool GitHubPages)
{
    public static readonly OutputSettings Default = new([], false);

    /// <summary>The CNAME file's content for this base URL: its host, unless GitHub serves it already (*.github.io).</summary>
    public static string? CnameFor(Uri baseUrl) =>
        baseUrl.Host.EndsWith(".github.io", StringComparison.OrdinalIgnoreCase) || baseUrl.IsLoopback ? null : baseUrl.IdnHost + "\n";
}
