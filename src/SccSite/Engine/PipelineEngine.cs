using System.Collections.Immutable;
using System.Diagnostics;

namespace SccSite.Engine;

/// <summary>Runs every phase across all pipelines, dependencies first, and stops at the first failing module.</summary>
public sealed class PipelineEngine
{
    private readonly ImmutableArray<Pipeline> _ordered;

    public PipelineEngine(IEnumerable<Pipeline> pipelines)
    {
        _ordered = Order([.. pipelines]);
    }

    public IReadOnlyList<Pipeline> Pipelines => _ordered;

    /// <summary>Runs the phases up to and including <paramref name="last"/>.</summary>
    public EngineResult Run(BuildContext context, Phase last = Phase.Write)
    {
        var clock = Stopwatch.StartNew();
        var timings = ImmutableArray.CreateBuilder<ModuleTiming>();
        foreach (var phase in Enum.GetValues<Phase>().Where(p => p <= last))
        {
            foreach (var pipeline in _ordered)
            {
                var documents = context.OutputOf(pipeline.Name);
                foreach (var module in pipeline.ModulesFor(phase))
                {
                    var started = clock.Elapsed;
                    try
                    {
                        documents = module.Execute(documents, context);
                    }
                    catch (BuildException e)
                    {
                        context.Report(e.Errors);
                    }
                    timings.Add(new ModuleTiming(pipeline.Name, phase, module.GetType().Name, clock.Elapsed - started));
                    if (context.HasErrors)
                        return new EngineResult(false, context.Errors, clock.Elapsed, timings.ToImmutable());
                }
                context.SetOutput(pipeline.Name, documents);
            }
        }
        return new EngineResult(true, [], clock.Elapsed, timings.ToImmutable());
    }

    private static ImmutableArray<Pipeline> Order(ImmutableArray<Pipeline> pipelines)
    {
        var byName = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var result = new List<Pipeline>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false = visiting, true = done
        void Visit(Pipeline p)
        {
            if (state.TryGetValue(p.Name, out var done))
            {
                if (!done) throw new InvalidOperationException($"Pipeline dependency cycle at '{p.Name}'.");
                return;
            }
            state[p.Name] = false;
            foreach (var dep in p.DependsOn)
                Visit(byName.TryGetValue(dep, out var d) ? d : throw new InvalidOperationException($"Pipeline '{p.Name}' depends on unknown pipeline '{dep}'."));
            state[p.Name] = true;
            result.Add(p);
        }
        foreach (var p in pipelines) Visit(p);
        return [.. result];
    }
}

public sealed record EngineResult(bool Succeeded, ImmutableArray<BuildError> Errors, TimeSpan Elapsed, ImmutableArray<ModuleTiming> Timings);

/// <summary>How long one module took in one phase of one pipeline.</summary>
public sealed record ModuleTiming(string Pipeline, Phase Phase, string Module, TimeSpan Elapsed);
