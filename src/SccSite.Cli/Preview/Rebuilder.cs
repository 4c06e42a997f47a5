using System.Diagnostics;
using SccSite.Translations;

namespace SccSite.Cli.Preview;

/// <summary>
/// Rebuilds after saves: saves that arrive while a rebuild runs cancel it, and one rebuild covers
/// them all, so a burst of saves costs one rebuild and one reload. Prints one line per rebuild.
/// </summary>
public sealed class Rebuilder : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(30);
    private readonly Func<CancellationToken, BuildResult> _build;
    private readonly Action<string[]> _changed;
    private readonly string _basePath;
    private readonly LiveReload _live;
    private readonly Terminal _console;
    private readonly SortedSet<string> _pending = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0);
    private readonly Lock _gate = new();
    private readonly CancellationToken _stop;
    private readonly Task _loop;
    private CancellationTokenSource? _running;
    private string? _lastReport;

    public Rebuilder(BuildSession session, LiveReload live, Terminal console, CancellationToken stop)
        : this(session.Build, session.Changed, new Uri(session.Options.BaseUrl!).AbsolutePath, live, console, stop)
    {
    }

    /// <param name="build">Runs one build (a session's incremental build).</param>
    /// <param name="changed">Tells the builder which files changed before it runs.</param>
    public Rebuilder(Func<CancellationToken, BuildResult> build, Action<string[]> changed, string basePath, LiveReload live, Terminal console, CancellationToken stop)
    {
        _build = build;
        _changed = changed;
        _basePath = basePath;
        _live = live;
        _console = console;
        _stop = stop;
        _loop = Task.Run(LoopAsync, CancellationToken.None);
    }

    /// <summary>How many rebuilds ran to the end, and how many were cancelled by a newer save.</summary>
    public int Completed { get; private set; }

    public int Cancelled { get; private set; }

    /// <summary>Called once, before serving: the first build, with the whole report.</summary>
    public BuildResult BuildFirst()
    {
        var result = _build(_stop);
        Report(result, [], Stopwatch.StartNew(), first: true);
        return result;
    }

    /// <summary>A file changed: cancel a rebuild in progress and schedule one that includes it.</summary>
    public void Changed(string displayPath)
    {
        lock (_gate)
        {
            _pending.Add(displayPath);
            _running?.Cancel();
        }
        _wake.Release();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await _wake.WaitAsync(_stop);
                await Task.Delay(Settle, _stop); // let a burst of events from one save arrive
            }
            catch (OperationCanceledException)
            {
                return;
            }
            while (_wake.CurrentCount > 0) _wake.Wait(0);
            string[] files;
            CancellationTokenSource cancel;
            lock (_gate)
            {
                if (_pending.Count == 0) continue;
                files = [.. _pending];
                _pending.Clear();
                cancel = _running = CancellationTokenSource.CreateLinkedTokenSource(_stop);
            }
            var clock = Stopwatch.StartNew();
            try
            {
                _changed(files);
                var result = _build(cancel.Token);
                Completed++;
                Report(result, files, clock, first: false);
            }
            catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
            {
                Cancelled++;
                lock (_gate) _pending.UnionWith(files); // the next rebuild covers these too
            }
            finally
            {
                lock (_gate) _running = null;
                cancel.Dispose();
            }
        }
    }

    private void Report(BuildResult result, string[] files, Stopwatch clock, bool first)
    {
        var time = $"{DateTime.Now:HH:mm:ss}";
        var what = files.Length == 0 ? "" : files.Length == 1 ? $"{files[0]} changed: " : $"{files.Length} files changed ({files[0]} …): ";
        if (!result.Succeeded)
        {
            _console.Out.WriteLine($"[{time}] {what}{result.Errors.Length} error{(result.Errors.Length == 1 ? "" : "s")}, shown in the browser:");
            foreach (var error in result.Errors) _console.Fail(error);
            _live.Failed(result.Errors);
            return;
        }
        var changed = result.Written?.Changed ?? [];
        var removed = result.Written?.Removed ?? [];
        _live.Built(changed.Concat(removed).Select(UrlOf));
        if (!first)
            _console.Out.WriteLine($"[{time}] {what}{Describe(changed, removed)} ({clock.ElapsedMilliseconds} ms)");
        var report = TranslationReport.Format(result.Report);
        if (report != _lastReport)
        {
            if (!first) _console.Out.WriteLine();
            _console.Out.WriteLine(report);
            _console.Out.WriteLine();
            _lastReport = report;
        }
    }

    /// <summary>"3 pages, sitemap, feeds" — what the rebuild changed in the output.</summary>
    public static string Describe(IReadOnlyCollection<string> changed, IReadOnlyCollection<string> removed)
    {
        var parts = new List<string>();
        var pages = changed.Count(p => p.EndsWith(".html", StringComparison.Ordinal));
        if (pages > 0) parts.Add(pages == 1 ? "1 page" : $"{pages} pages");
        if (changed.Contains("sitemap.xml")) parts.Add("sitemap");
        if (changed.Any(p => p.EndsWith("/feed.xml", StringComparison.Ordinal))) parts.Add("feeds");
        if (changed.Any(p => p.StartsWith("assets/", StringComparison.Ordinal))) parts.Add("assets");
        if (changed.Any(p => p.StartsWith("pagefind/", StringComparison.Ordinal))) parts.Add("search index");
        var others = changed.Count(p => !p.EndsWith(".html", StringComparison.Ordinal) && p != "sitemap.xml" && !p.EndsWith("/feed.xml", StringComparison.Ordinal)
            && !p.StartsWith("assets/", StringComparison.Ordinal) && !p.StartsWith("pagefind/", StringComparison.Ordinal));
        if (others > 0) parts.Add(others == 1 ? "1 other file" : $"{others} other files");
        if (removed.Count > 0) parts.Add($"{removed.Count} removed");
        return parts.Count == 0 ? "no output changed" : "rebuilt " + string.Join(", ", parts);
    }

    private string UrlOf(string outputPath) =>
        _basePath + (outputPath.EndsWith("index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath);

    /// <summary>Waits until no rebuild is pending or running (tests).</summary>
    public async Task IdleAsync(TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            lock (_gate)
                if (_pending.Count == 0 && _running is null && _wake.CurrentCount == 0) return;
            await Task.Delay(20);
        }
        throw new TimeoutException("The rebuilder did not settle.");
    }

    public void Dispose()
    {
        _loop.Wait(TimeSpan.FromSeconds(10));
        _wake.Dispose();
    }
}
