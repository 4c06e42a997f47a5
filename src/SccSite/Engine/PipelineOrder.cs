using System.Collections.Immutable;

namespace SccSite.Engine;

/// <summary>Orders pipelines so that every pipeline comes after those it depends on.</summary>
internal static class PipelineOrder
{
    public static readonly IEqualityComparer<Pipeline> ByReference = ReferenceEqualityComparer.Instance;

    public static ImmutableArray<Pipeline> Sort(ImmutableArray<Pipeline> pipelines)
    {
        var known = pipelines.ToHashSet(ReferenceEqualityComparer.Instance);
        if (pipelines.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count() != pipelines.Length)
            throw new PipelineDefinitionException("Two pipelines have the same name.");
        var result = new List<Pipeline>();
        var state = new Dictionary<Pipeline, bool>(ReferenceEqualityComparer.Instance); // false = visiting, true = done
        void Visit(Pipeline p)
        {
            if (state.TryGetValue(p, out var done))
            {
                if (!done) throw new PipelineDefinitionException($"Pipeline dependency cycle at '{p.Name}'.");
                return;
            }
            state[p] = false;
            foreach (var dependency in p.DependsOn)
            {
                if (!known.Contains(dependency))
                    throw new PipelineDefinitionException($"Pipeline '{p.Name}' depends on '{dependency.Name}', which is not one of the engine's pipelines.");
                Visit(dependency);
            }
            state[p] = true;
            result.Add(p);
        }
        foreach (var p in pipelines) Visit(p);
        return [.. result];
    }

    /// <summary>Every pipeline <paramref name="pipeline"/> depends on, directly or not.</summary>
    public static ImmutableArray<Pipeline> Closure(Pipeline pipeline)
    {
        var seen = new HashSet<Pipeline>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Pipeline>(pipeline.DependsOn);
        while (stack.Count > 0)
        {
            var p = stack.Pop();
            if (!seen.Add(p)) continue;
            foreach (var d in p.DependsOn) stack.Push(d);
        }
        return [.. seen];
    }
}

/// <summary>A mistake in how pipelines and modules are put together: found when the engine is built, before any build runs.</summary>
public sealed class PipelineDefinitionException(string message) : InvalidOperationException(message);
