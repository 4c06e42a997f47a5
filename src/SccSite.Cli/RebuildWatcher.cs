namespace SccSite.Cli;

/// <summary>Watches input/ and theme/ and runs one rebuild after a burst of changes settles.</summary>
public sealed class RebuildWatcher : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(250);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly object _gate = new();

    public RebuildWatcher(BuildOptions options, Action rebuild)
    {
        _timer = new Timer(_ =>
        {
            lock (_gate) rebuild();
        });
        foreach (var folder in new[] { options.Paths.Input, options.Paths.Theme })
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += (_, _) => Schedule();
            watcher.Created += (_, _) => Schedule();
            watcher.Deleted += (_, _) => Schedule();
            watcher.Renamed += (_, _) => Schedule();
            _watchers.Add(watcher);
        }
    }

    private void Schedule() => _timer.Change(Settle, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var w in _watchers) w.Dispose();
        _timer.Dispose();
    }
}
