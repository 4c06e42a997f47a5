using SccSite.Content;
using SccSite.Engine;

namespace SccSite.Cli.Preview;

/// <summary>
/// Watches input/ and theme/ and reports each change as a display path (input/en/about.md).
/// Editor temp files (swap files, backups, dotfiles) are ignored, as every build ignores them.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];

    public SourceWatcher(BuildPaths paths, Action<string> changed)
    {
        foreach (var folder in new[] { paths.Input, paths.Theme })
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, InternalBufferSize = 64 * 1024 };
            void Report(string fullPath)
            {
                var relative = Path.GetRelativePath(folder, fullPath);
                if (relative.Split(Path.DirectorySeparatorChar).Any(InputLayout.IsIgnored)) return;
                changed(paths.Display(fullPath));
            }
            watcher.Changed += (_, e) => Report(e.FullPath);
            watcher.Created += (_, e) => Report(e.FullPath);
            watcher.Deleted += (_, e) => Report(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Report(e.OldFullPath);
                Report(e.FullPath);
            };
            watcher.Error += (_, _) => changed(paths.Display(folder)); // events were lost: treat the folder as changed
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var w in _watchers) w.Dispose();
    }
}
