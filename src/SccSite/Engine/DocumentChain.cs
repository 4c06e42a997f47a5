using System.Collections.Immutable;
using System.Diagnostics;

namespace SccSite.Engine;

/// <summary>Runs a chain of per-document modules over every document, in parallel, keeping input order.</summary>
internal static class DocumentChain
{
    /// <param name="ticks">Per module, the summed time spent in it across all threads (may be null).</param>
    /// <param name="allocated">Per module, the bytes it allocated across all threads (may be null).</param>
    public static ImmutableArray<Document> Run(ImmutableArray<Document> inputs, IReadOnlyList<PerDocumentModule> modules,
        IReadOnlyList<ModuleContext> contexts, long[]? ticks, long[]? allocated = null)
    {
        var results = new Document?[inputs.Length];
        var cancellation = contexts[0].Cancellation;
        var progress = contexts[0].Progress;
        var step = contexts[0].Pipeline.Name;
        var done = 0;
        var options = new ParallelOptions { CancellationToken = cancellation, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, inputs.Length, options, i =>
        {
            Document? document = inputs[i];
            for (var m = 0; m < modules.Count && document is not null; m++)
            {
                var started = ticks is null ? 0 : Stopwatch.GetTimestamp();
                var bytesBefore = allocated is null ? 0 : GC.GetAllocatedBytesForCurrentThread();
                try
                {
                    document = modules[m].Run(document, contexts[m]);
                }
                catch (BuildException e)
                {
                    contexts[m].Report(e.Errors);
                    document = null;
                }
                catch (Exception e) when (e is not OperationCanceledException and not ModuleFailedException)
                {
                    throw new ModuleFailedException(contexts[m], inputs[i].Id, e);
                }
                if (ticks is not null) Interlocked.Add(ref ticks[m], Stopwatch.GetTimestamp() - started);
                if (allocated is not null) Interlocked.Add(ref allocated[m], GC.GetAllocatedBytesForCurrentThread() - bytesBefore);
            }
            results[i] = document;
            var count = Interlocked.Increment(ref done);
            if (progress is not null && (count % 64 == 0 || count == inputs.Length))
                progress(new BuildProgress(contexts[0].Phase, step, count, inputs.Length));
        });
        var builder = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var d in results)
            if (d is not null) builder.Add(d);
        return builder.ToImmutable();
    }
}
