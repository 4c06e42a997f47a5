using SccSite.Engine;
using Xunit;

namespace SccSite.Tests.Engine;

/// <summary>Remembered whole-site values: made again exactly when something they read changed.</summary>
public sealed class BuildMemoryTests
{
    private sealed class Versions(Dictionary<Dependency, long> values) : IDependencyVersions
    {
        public long VersionOf(Dependency dependency) => values.GetValueOrDefault(dependency);
    }

    private static readonly Dependency Title = new(DependencyKind.FileText, "input/en/a.md");

    [Fact]
    public void A_value_is_made_once_while_what_it_read_is_unchanged_and_again_after_a_change()
    {
        var memory = new BuildMemory();
        var values = new Dictionary<Dependency, long> { [Title] = 1 };
        var made = 0;
        string Make()
        {
            made++;
            ReadTracker.Touch(Title);
            return $"feed {made}";
        }

        Assert.Equal("feed 1", memory.Recall("feed", Make, new Versions(values)));
        Assert.Equal("feed 1", memory.Recall("feed", Make, new Versions(values)));
        Assert.Equal(1, made);
        values[Title] = 2;
        Assert.Equal("feed 2", memory.Recall("feed", Make, new Versions(values)));
        Assert.Equal(2, made);
    }

    [Fact]
    public void A_remembered_value_reports_its_reads_to_an_outer_recording()
    {
        var memory = new BuildMemory();
        var versions = new Versions(new Dictionary<Dependency, long> { [Title] = 1 });
        memory.Recall("feed", () => { ReadTracker.Touch(Title); return "feed"; }, versions);
        using var outer = ReadTracker.Record();
        memory.Recall<string>("feed", () => throw new InvalidOperationException("must be remembered"), versions);
        Assert.Contains(Title, outer.Reads);
    }
}
