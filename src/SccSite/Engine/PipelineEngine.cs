using System.Collections.Immutable;
using System.Diagnostics;

namespace SccSite.Engine;

/// <summary>
/// Runs every phase across all pipelines, dependencies first, and stops after the first step that
/// reports an error. The pipelines are checked when the engine is built: every product a module
/// reads must be provided by an earlier module its pipeline can see.
/// </summary>
public sealed class PipelineEngine
{
    private readonly ImmutableArray<Pipeline> _ordered;
    private readonly ImmutableDictionary<Pipeline, ImmutableArray<Pipeline>> _dependencies;

    public PipelineEngine(IEnumerable<Pipeline> pipelines)
    {
        var all = pipelines.ToImmutableArray();
        _ordered = PipelineOrder.Sort(all);
        _dependencies = _ordered.ToImmutableDictionary(p => p, PipelineOrder.Closure, PipelineOrder.ByReference);
        RequiredServices = [.. ProductCheck.Validate(_ordered, _dependencies)];
    }

    public IReadOnlyList<Pipeline> Pipelines => _ordered;

    /// <summary>Types modules read that no module provides: the build must pass them as services.</summary>
    public ImmutableArray<Type> RequiredServices { get; }

    /// <summary>
    /// Runs the phases up to and including <paramref name="last"/>. Within a phase, a pipeline starts
    /// when the pipelines it depends on have finished that phase, so independent pipelines run side by side.
    /// </summary>
    public EngineResult Run(BuildContext context, Phase last = Phase.Write)
    {
        var missing = RequiredServices.Where(t => !context.Has(t)).Select(t => t.Name).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"The build lacks services the modules read: {string.Join(", ", missing)}.");

        var clock = Stopwatch.StartNew();
        var timings = new List<ModuleTiming>();
        var outputs = new System.Collections.Concurrent.ConcurrentDictionary<Pipeline, ImmutableArray<Document>>(PipelineOrder.ByReference);
        foreach (var phase in Enum.GetValues<Phase>().Where(p => p <= last))
        {
            var phaseStarted = clock.Elapsed;
            context.Progress?.Invoke(new BuildProgress(phase, "", 0, 0));
            var steps = new Dictionary<Pipeline, Task>(PipelineOrder.ByReference);
            foreach (var pipeline in _ordered)
            {
                var before = pipeline.DependsOn.Select(d => steps[d]).ToArray();
                steps[pipeline] = Task.WhenAll(before).ContinueWith(done =>
                {
                    done.GetAwaiter().GetResult(); // a dependency that failed fails this step too
                    if (context.HasErrors) return;
                    var dependencies = pipeline.DependsOn.SelectMany(d => outputs.GetValueOrDefault(d, [])).ToImmutableArray();
                    outputs[pipeline] = RunPhase(pipeline, phase, outputs.GetValueOrDefault(pipeline, []), dependencies, context, timings, clock);
                }, context.Cancellation, TaskContinuationOptions.None, TaskScheduler.Default);
            }
            try
            {
                Task.WaitAll([.. steps.Values], context.Cancellation);
            }
            catch (AggregateException e)
            {
                throw FirstCause(e, _ordered.Select(p => steps[p]));
            }
            if (context.HasErrors)
                return new EngineResult(false, context.Errors, clock.Elapsed, Sorted(timings));
            lock (timings) timings.Add(new ModuleTiming("", phase, "", clock.Elapsed - phaseStarted, IsPhase: true));
        }
        return new EngineResult(true, [], clock.Elapsed, Sorted(timings)) { Outputs = outputs.ToImmutableDictionary(PipelineOrder.ByReference) };
    }

    private static ImmutableArray<Document> RunPhase(Pipeline pipeline, Phase phase, ImmutableArray<Document> documents, ImmutableArray<Document> dependencies,
        BuildContext context, List<ModuleTiming> timings, Stopwatch clock)
    {
        var modules = pipeline.ModulesFor(phase);
        for (var i = 0; i < modules.Length && !context.HasErrors;)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var chain = modules.Skip(i).TakeWhile(m => m is PerDocumentModule).Cast<PerDocumentModule>().ToList();
            var step = chain.Count > 0 ? chain.Cast<IModule>().ToList() : [modules[i]];
            var contexts = step.Select(m => new ModuleContext(context, m, pipeline, phase, dependencies)).ToList();
            var (result, stepTimings) = chain.Count > 0 ? RunChain(documents, chain, contexts) : RunOne(documents, contexts[0], clock);
            documents = result;
            lock (timings) timings.AddRange(stepTimings);
            i += step.Count;
        }
        return documents;
    }

    /// <summary>The exception to report when steps failed: the first pipeline's, unwrapped; cancellation wins.</summary>
    private static Exception FirstCause(AggregateException e, IEnumerable<Task> inPipelineOrder)
    {
        var all = e.Flatten().InnerExceptions;
        if (all.OfType<OperationCanceledException>().FirstOrDefault() is { } cancelled) return cancelled;
        foreach (var task in inPipelineOrder)
            if (task.Exception?.Flatten().InnerExceptions.FirstOrDefault(x => x is not TaskCanceledException) is { } first)
                return first is AggregateException inner ? inner.Flatten().InnerExceptions[0] : first;
        return all[0];
    }

    private static ImmutableArray<ModuleTiming> Sorted(List<ModuleTiming> timings)
    {
        lock (timings) return [.. timings];
    }

    private static (ImmutableArray<Document>, ModuleTiming[]) RunOne(ImmutableArray<Document> documents, ModuleContext context, Stopwatch clock)
    {
        var started = clock.Elapsed;
        var bytesBefore = GC.GetTotalAllocatedBytes();
        try
        {
            documents = context.Module.Execute(documents, context);
        }
        catch (BuildException e)
        {
            context.Report(e.Errors);
        }
        catch (Exception e) when (e is not OperationCanceledException and not ModuleFailedException)
        {
            throw new ModuleFailedException(context, null, e);
        }
        return (documents, [new ModuleTiming(context.Pipeline.Name, context.Phase, context.Module.GetType().Name, clock.Elapsed - started) { AllocatedBytes = GC.GetTotalAllocatedBytes() - bytesBefore }]);
    }

    private static (ImmutableArray<Document>, ModuleTiming[]) RunChain(ImmutableArray<Document> documents, List<PerDocumentModule> chain, List<ModuleContext> contexts)
    {
        var ticks = new long[chain.Count];
        var allocated = new long[chain.Count];
        try
        {
            documents = DocumentChain.Run(documents, chain, contexts, ticks, allocated);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // Parallel.For wraps what a document's chain threw; keep the first, which names its module and document.
            throw e.InnerExceptions[0] is OperationCanceledException ? e.InnerExceptions[0] : e.InnerExceptions.OfType<ModuleFailedException>().FirstOrDefault() ?? e.InnerExceptions[0];
        }
        return (documents, [.. chain.Select((module, m) => new ModuleTiming(contexts[m].Pipeline.Name, contexts[m].Phase, module.GetType().Name,
            Stopwatch.GetElapsedTime(0, ticks[m]), SummedOverThreads: true) { AllocatedBytes = allocated[m] })]);
    }
}

public sealed record EngineResult(bool Succeeded, ImmutableArray<BuildError> Errors, TimeSpan Elapsed, ImmutableArray<ModuleTiming> Timings)
{
    /// <summary>Each pipeline's last documents, after a successful run.</summary>
    public ImmutableDictionary<Pipeline, ImmutableArray<Document>> Outputs { get; init; } = ImmutableDictionary<Pipeline, ImmutableArray<Document>>.Empty;
}

/// <summary>
/// How long one module (or, with <paramref name="IsPhase"/>, a whole phase) took. Modules that run
/// per document report the time summed over all threads.
/// </summary>
public sealed record ModuleTiming(string Pipeline, Phase Phase, string Module, TimeSpan Elapsed, bool SummedOverThreads = false, bool IsPhase = false)
{
    /// <summary>Bytes the module allocated (approximate for modules that run alone: other threads count too).</summary>
    public long AllocatedBytes { get; init; }
}
