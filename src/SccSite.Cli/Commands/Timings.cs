using System.Diagnostics;

namespace SccSite.Cli.Commands;

/// <summary>The --timings report: wall time per phase, the costliest modules, and memory.</summary>
public static class Timings
{
    public static void Print(BuildResult result, Terminal console)
    {
        console.Out.WriteLine("phase       wall");
        console.Out.WriteLine($"{"setup",-10} {result.Setup.TotalMilliseconds,7:F0} ms");
        foreach (var phase in result.Timings.Where(t => t.IsPhase))
            console.Out.WriteLine($"{phase.Phase.ToString().ToLowerInvariant(),-10} {phase.Elapsed.TotalMilliseconds,7:F0} ms");
        console.Out.WriteLine($"{"finish",-10} {result.Finish.TotalMilliseconds,7:F0} ms");
        console.Out.WriteLine($"{"total",-10} {result.Elapsed.TotalMilliseconds,7:F0} ms");
        console.Out.WriteLine();
        console.Out.WriteLine("module                                         time   allocated");
        foreach (var t in result.Timings.Where(t => !t.IsPhase).OrderByDescending(t => t.Elapsed).Take(12))
            console.Out.WriteLine($"{$"{t.Pipeline}/{t.Phase}/{t.Module}",-42} {t.Elapsed.TotalMilliseconds,7:F0} ms {t.AllocatedBytes / (1024 * 1024),7} MB{(t.SummedOverThreads ? "  (summed over threads)" : "")}");
        console.Out.WriteLine();
        console.Out.WriteLine($"memory: {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB allocated; GCs gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}, " +
            $"paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
    }
}
