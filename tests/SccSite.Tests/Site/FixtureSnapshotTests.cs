using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Site;

/// <summary>The small fixture site, built with the real theme, compared file by file with its golden tree.</summary>
public class FixtureSnapshotTests
{
    [Fact]
    public void Every_output_file_matches_its_verified_snapshot()
    {
        using var site = TempSite.Fixture();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Snapshot.VerifyTree("fixture", site.Output);
    }

    [Fact]
    public void The_same_fixture_under_a_sub_path_matches_its_snapshot()
    {
        using var site = TempSite.Fixture();
        var result = site.Build("https://example.org/sco/");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Snapshot.Verify("fixture-subpath/en-priorities-alpha", site.Read("en/priorities/alpha/index.html"));
        Snapshot.Verify("fixture-subpath/root", site.Read("index.html"));
    }
}
