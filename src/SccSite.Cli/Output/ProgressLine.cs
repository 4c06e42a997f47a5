using System.Diagnostics;
using System.Globalization;
using SccSite.Engine;

namespace SccSite.Cli.Output;

/// <summary>One line on a terminal that shows the phase and how many documents are done, redrawn at most ten times a second.</summary>
public sealed class ProgressLine(TextWriter terminal, ConsoleStyle style) : IDisposable
{
    private readonly Stopwatch _since = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private bool _shown;

    public void Report(BuildProgress progress)
    {
        if (!style.Progress) return;
        lock (_gate)
        {
            if (_shown && _since.ElapsedMilliseconds < 100 && progress.Done != progress.Total) return;
            _since.Restart();
            var count = progress.Total > 0
                ? string.Create(CultureInfo.InvariantCulture, $" {progress.Step} {progress.Done:N0}/{progress.Total:N0}")
                : "";
            terminal.Write($"\r\u001b[2K{style.Dim($"{progress.Phase.ToString().ToLowerInvariant()}{count}")}");
            _shown = true;
        }
    }

    /// <summary>Clears the line, so what follows starts on a clean one.</summary>
    public void Dispose()
    {
        lock (_gate)
            if (_shown) terminal.Write("\r\u001b[2K");
    }
}
