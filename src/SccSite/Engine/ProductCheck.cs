using System.Collections.Immutable;

namespace SccSite.Engine;

/// <summary>Checks the typed hand-offs between modules: who provides each product, and whether its readers can see it.</summary>
internal static class ProductCheck
{
    private sealed record Step(Pipeline Pipeline, Phase Phase, int Index, IModule Module);

    /// <summary>Returns the types read but provided by no module (they must be services of the build).</summary>
    public static IEnumerable<Type> Validate(ImmutableArray<Pipeline> pipelines, ImmutableDictionary<Pipeline, ImmutableArray<Pipeline>> dependencies)
    {
        var steps = pipelines.SelectMany(p => Enum.GetValues<Phase>().SelectMany(phase => p.ModulesFor(phase).Select((m, i) => new Step(p, phase, i, m)))).ToList();
        var providers = new Dictionary<Type, Step>();
        foreach (var step in steps)
            foreach (var type in Declared(step.Module, typeof(IProvides<>)))
            {
                if (providers.TryGetValue(type, out var other))
                    throw new PipelineDefinitionException($"{type.Name} is provided twice: by {Describe(other)} and by {Describe(step)}.");
                providers[type] = step;
            }

        var services = new HashSet<Type>();
        foreach (var step in steps)
            foreach (var type in Declared(step.Module, typeof(IReads<>)))
            {
                if (!providers.TryGetValue(type, out var provider))
                {
                    services.Add(type);
                    continue;
                }
                // Phases run in lockstep: a product of an earlier phase is ready for every pipeline; within one
                // phase it is ready only after the provider's own earlier steps, or in a pipeline that depends on it.
                var visible = ReferenceEquals(provider.Pipeline, step.Pipeline)
                    ? (provider.Phase, provider.Index).CompareTo((step.Phase, step.Index)) < 0
                    : provider.Phase < step.Phase || (provider.Phase == step.Phase && dependencies[step.Pipeline].Contains(provider.Pipeline));
                if (!visible)
                    throw new PipelineDefinitionException(
                        $"{Describe(step)} reads {type.Name}, which {Describe(provider)} provides; " +
                        (provider.Phase > step.Phase || ReferenceEquals(provider.Pipeline, step.Pipeline)
                            ? "the provider runs later."
                            : $"add {provider.Pipeline.Name} to the DependsOn of {step.Pipeline.Name}."));
            }
        return services;
    }

    private static IEnumerable<Type> Declared(IModule module, Type marker) =>
        module.GetType().GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == marker).Select(i => i.GetGenericArguments()[0]);

    private static string Describe(Step s) => $"module {s.Module.GetType().Name} ({s.Pipeline.Name}/{s.Phase})";
}
