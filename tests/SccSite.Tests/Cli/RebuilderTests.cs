using SccSite.Cli;
using SccSite.Cli.Output;
using SccSite.Cli.Preview;
using SccSite.Publishing;
using Xunit;

namespace SccSite.Tests.Cli;

/// <summary>Saves that arrive while a rebuild runs cancel it; one rebuild covers them all, and the browser hears once.</summary>
public class RebuilderTests
{
    /// <summary>A build that runs until it is cancelled or let go, remembering what it was asked to cover.</summary>
    private sealed class SlowBuild
    {
        public readonly List<string[]> Covered = [];
        public int Started;
        public SemaphoreSlim Release { get; } = new(0);

        public BuildResult Build(CancellationToken cancellation)
        {
            Interlocked.Increment(ref Started);
            Release.Wait(cancellation); // throws when a newer save cancels this rebuild
            return new BuildResult(true, [], [], null, new WriteSummary(1, 0, 0) { Changed = ["en/index.html"] }, TimeSpan.Zero);
        }
    }

    [Fact]
    public async Task Saves_during_a_rebuild_cancel_it_and_one_rebuild_covers_them_all()
    {
        var slow = new SlowBuild();
        var live = new LiveReload();
        using var stop = new CancellationTokenSource();
        var covered = new List<string>();
        using var rebuilder = new Rebuilder(slow.Build, files => { lock (covered) covered.AddRange(files); }, "/", live,
            new Terminal(TextWriter.Null, TextWriter.Null, ConsoleStyle.Plain), stop.Token);

        rebuilder.Changed("input/en/a.md");
        await WaitUntil(() => slow.Started == 1);
        rebuilder.Changed("input/en/b.md"); // cancels the first rebuild
        await WaitUntil(() => slow.Started == 2);
        rebuilder.Changed("input/en/c.md");
        rebuilder.Changed("input/en/d.md");
        await WaitUntil(() => slow.Started == 3);
        slow.Release.Release(); // the third rebuild is let go
        await rebuilder.IdleAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, rebuilder.Completed);
        Assert.Equal(2, rebuilder.Cancelled);
        Assert.Single(live.Sent); // one reload
        Assert.Contains("\"/en/\"", live.Sent[0]);
        // The last rebuild was told of every file, including those of the cancelled ones.
        Assert.Equal(["input/en/a.md", "input/en/b.md", "input/en/c.md", "input/en/d.md"], covered.Distinct().Order(StringComparer.Ordinal));
        await stop.CancelAsync();
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(10, TestContext.Current.CancellationToken);
        Assert.True(condition());
    }
}
