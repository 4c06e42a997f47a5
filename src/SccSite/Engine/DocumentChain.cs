using System.Collections.Immutable;
using System.Diagnostics;

namespace SccSite.Engine;

/// <summary>
/// Runs a chain of per-document modules over every document, in parallel, keeping input order.
/// In a session with a <see cref="BuildMemory"/>, a document whose input and recorded reads are
/// unchanged gets its remembered result instead of running the chain again.
/// </summary>
internal static class DocumentChain
{
    /// <param name="ticks">Per module, the summed time spent in it across all threads (may be null).</param>
    /// <param name="allocated">Per module, the bytes it allocated across all threads (may be null).</param>
    public static ImmutableArray<Document> Run(ImmutableArray<Document> inputs, IReadOnlyList<PerDocumentModule> modules,
        IReadOnlyList<ModuleContext> contexts, long[]? ticks, long[]? allocated = null)
    {
        var results = new Document?[inputs.Length];
        var first = contexts[0];
        var cancellation = first.Cancellation;
        var progress = first.Progress;
        var step = first.Pipeline.Name;
        var memory = first.Memory;
        var versions = first.Versions;
        var chain = $"{first.Pipeline.Name}/{first.Phase}/{string.Join('+', modules.Select(m => m.GetType().Name))}";
        var done = 0;
        var options = new ParallelOptions { CancellationToken = cancellation, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, inputs.Length, options, i =>
        {
            var input = inputs[i];
            results[i] = memory is null || versions is null
                ? RunOne(input, modules, contexts, ticks, allocated)
                : Remembered(input, chain, memory, versions, modules, contexts, ticks, allocated);
            var count = Interlocked.Increment(ref done);
            if (progress is not null && (count % 64 == 0 || count == inputs.Length))
                progress(new BuildProgress(first.Phase, step, count, inputs.Length));
        });
        if (memory is not null) memory.Keep(chain, inputs.Select(d => d.Id).ToHashSet(StringComparer.Ordinal));
        var builder = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var d in results)
            if (d is not null) builder.Add(d);
        return builder.ToImmutable();
    }

    private static Document? Remembered(Document input, string chain, BuildMemory memory, IDependencyVersions versions,
        IReadOnlyList<PerDocumentModule> modules, IReadOnlyList<ModuleContext> contexts, long[]? ticks, long[]? allocated)
    {
        var signature = Signature(input);
        var current = memory.Dependencies.For(versions);
        if (memory.Find(chain, input.Id) is { } entry && entry.Input.Equals(signature) && current.Unchanged(entry.Reads))
        {
            memory.CountReplayed();
            var replayed = input.Apply(entry.Change);
            for (var m = 0; m < modules.Count; m++)
                if (modules[m] is IReplayable replayable) replayable.Replay(replayed, contexts[m]);
            return replayed;
        }
        memory.CountRan();
        Document? output;
        HashSet<Dependency> recorded;
        using (var recording = ReadTracker.Record())
        {
            output = RunOne(input, modules, contexts, ticks, allocated);
            recorded = recording.Reads;
        }
        var reads = memory.Dependencies.Remember(recorded, current);
        if (output is null || contexts[0].HasErrors) return output; // failures are never remembered
        output = output.With(new Revision(memory.NextRevision()));
        memory.Remember(chain, input.Id, new BuildMemory.Entry(signature, reads, input.ChangeTo(output), output.Get<Revision>().Value));
        return output;
    }

    /// <summary>
    /// What identifies a chain's input: the revision an earlier remembered step gave it, or else its
    /// identity and destination (such documents are addresses into the model, whose reads are recorded).
    /// </summary>
    private static InputSignature Signature(Document input) =>
        new(input.Find<Revision>()?.Value ?? -1, input.Id, input.Destination ?? "");

    private static Document? RunOne(Document input, IReadOnlyList<PerDocumentModule> modules, IReadOnlyList<ModuleContext> contexts, long[]? ticks, long[]? allocated)
    {
        Document? document = input;
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
                throw new ModuleFailedException(contexts[m], input.Id, e);
            }
            if (ticks is not null) Interlocked.Add(ref ticks[m], Stopwatch.GetTimestamp() - started);
            if (allocated is not null) Interlocked.Add(ref allocated[m], GC.GetAllocatedBytesForCurrentThread() - bytesBefore);
        }
        return document;
    }
}
