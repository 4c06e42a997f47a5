using System.Collections.Immutable;

namespace SccSite.Engine;

/// <summary>
/// A declarative list of modules per phase, plus the pipelines it reads from. Dependencies are
/// references to other pipelines, never names, so a typo cannot compile.
/// </summary>
public sealed class Pipeline(string name)
{
    public string Name { get; } = name;
    public ImmutableArray<Pipeline> DependsOn { get; init; } = [];
    public ImmutableArray<IModule> Read { get; init; } = [];
    public ImmutableArray<IModule> Transform { get; init; } = [];
    public ImmutableArray<IModule> Link { get; init; } = [];
    public ImmutableArray<IModule> Render { get; init; } = [];
    public ImmutableArray<IModule> Write { get; init; } = [];

    public ImmutableArray<IModule> ModulesFor(Phase phase) => phase switch
    {
        Phase.Read => Read,
        Phase.Transform => Transform,
        Phase.Link => Link,
        Phase.Render => Render,
        Phase.Write => Write,
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };

    public override string ToString() => Name;
}
