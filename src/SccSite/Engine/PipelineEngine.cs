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

    /// <summary>Runs the phases up to and including <paramref name="last"/>.</summary>
    public EngineResult Run(BuildContext context, Phase last = Phase.Write)
    {
        var missing = RequiredServices.Where(t => !context.Has(t)).Select(t => t.Name).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"The build lacks services the modules read: {string.Join(", ", missing)}.");

        var clock = Stopwatch.StartNew();
        var timings = ImmutableArray.CreateBuilder<ModuleTiming>();
        var outputs = new Dictionary<Pipeline, ImmutableArray<Document>>(PipelineOrder.ByReference);
        foreach (var phase in Enum.GetValues<Phase>().Where(p => p <= last))
        {
            var phaseStarted = clock.Elapsed;
            foreach (var pipeline in _ordered)
            {
                var documents = outputs.GetValueOrDefault(pipeline, []);
                var dependencies = pipeline.DependsOn.SelectMany(d => outputs.GetValueOrDefault(d, [])).ToImmutableArray();
                var modules = pipeline.ModulesFor(phase);
                for (var i = 0; i < modules.Length;)
                {
                    context.Cancellation.ThrowIfCancellationRequested();
                    var chain = modules.Skip(i).TakeWhile(m => m is PerDocumentModule).Cast<PerDocumentModule>().ToList();
                    var step = chain.Count > 0 ? chain.Cast<IModule>().ToList() : [modules[i]];
                    var contexts = step.Select(m => new ModuleContext(context, m, pipeline, phase, dependencies)).ToList();
                    documents = chain.Count > 0
                        ? RunChain(documents, chain, contexts, timings, clock)
                        : RunOne(documents, contexts[0], timings, clock);
                    i += step.Count;
                    if (context.HasErrors)
                        return new EngineResult(false, context.Errors, clock.Elapsed, timings.ToImmutable());
                }
                outputs[pipeline] = documents;
            }
            timings.Add(new ModuleTiming("", phase, "", clock.Elapsed - phaseStarted, IsPhase: true));
        }
        return new EngineResult(true, [], clock.Elapsed, timings.ToImmutable()) { Outputs = outputs.ToImmutableDictionary(PipelineOrder.ByReference) };
    }

    private static ImmutableArray<Document> RunOne(ImmutableArray<Document> documents, ModuleContext context,
        ImmutableArray<ModuleTiming>.Builder timings, Stopwatch clock)
    {
        var started = clock.Elapsed;
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
        timings.Add(new ModuleTiming(context.Pipeline.Name, context.Phase, context.Module.GetType().Name, clock.Elapsed - started));
        return documents;
    }

    private static ImmutableArray<Document> RunChain(ImmutableArray<Document> documents, List<PerDocumentModule> chain, List<ModuleContext> contexts,
        ImmutableArray<ModuleTiming>.Builder timings, Stopwatch clock)
    {
        var ticks = new long[chain.Count];
        try
        {
            documents = DocumentChain.Run(documents, chain, contexts, ticks);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // Parallel.For wraps what a document's chain threw; keep the first, which names its module and document.
            throw e.InnerExceptions[0] is OperationCanceledException ? e.InnerExceptions[0] : e.InnerExceptions.OfType<ModuleFailedException>().FirstOrDefault() ?? e.InnerExceptions[0];
        }
        for (var m = 0; m < chain.Count; m++)
            timings.Add(new ModuleTiming(contexts[m].Pipeline.Name, contexts[m].Phase, chain[m].GetType().Name, Stopwatch.GetElapsedTime(0, ticks[m]), SummedOverThreads: true));
        return documents;
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
public sealed record ModuleTiming(string Pipeline, Phase Phase, string Module, TimeSpan Elapsed, bool SummedOverThreads = false, bool IsPhase = false);
