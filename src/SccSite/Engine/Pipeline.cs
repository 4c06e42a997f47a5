using System.Collections.Immutable;

namespace SccSite.Engine;

/// <summary>A declarative list of modules per phase, plus the pipelines it reads from.</summary>
public sealed record Pipeline(string Name)
{
    public ImmutableArray<string> DependsOn { get; init; } = [];
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
}
