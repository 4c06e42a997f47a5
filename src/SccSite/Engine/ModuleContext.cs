using System.Collections.Immutable;

namespace SccSite.Engine;

/// <summary>
/// What one module sees while it runs: the typed products and services it declared, the documents
/// of the pipelines its pipeline depends on, and where to report problems.
/// </summary>
public sealed class ModuleContext
{
    private readonly BuildContext _build;

    public ModuleContext(BuildContext build, IModule module, Pipeline? pipeline = null, Phase phase = Phase.Read, ImmutableArray<Document> dependencies = default)
    {
        _build = build;
        Module = module;
        Pipeline = pipeline ?? new Pipeline("(module test)");
        Phase = phase;
        Dependencies = dependencies.IsDefault ? [] : dependencies;
    }

    public IModule Module { get; }
    public Pipeline Pipeline { get; }
    public Phase Phase { get; }

    /// <summary>The documents of the pipelines this pipeline depends on, in dependency order.</summary>
    public ImmutableArray<Document> Dependencies { get; }

    public CancellationToken Cancellation => _build.Cancellation;

    internal Action<BuildProgress>? Progress => _build.Progress;

    internal BuildMemory? Memory => _build.Memory;

    internal IDependencyVersions? Versions => _build.Versions;

    internal bool HasErrors => _build.HasErrors;

    /// <summary>A product or service this module declared with <see cref="IReads{T}"/>.</summary>
    public T Get<T>() where T : class
    {
        if (Module is not IReads<T>)
            throw new InvalidOperationException($"Module {Module.GetType().Name} reads {typeof(T).Name} without declaring IReads<{typeof(T).Name}>.");
        return _build.Get<T>();
    }

    /// <summary>Publishes a product this module declared with <see cref="IProvides{T}"/>.</summary>
    public void Provide<T>(T product) where T : class
    {
        if (Module is not IProvides<T>)
            throw new InvalidOperationException($"Module {Module.GetType().Name} provides {typeof(T).Name} without declaring IProvides<{typeof(T).Name}>.");
        _build.Provide(product);
    }

    /// <summary>
    /// A whole-site value (a sitemap, a feed) that a preview session makes again only when something
    /// it read changed; a plain build just makes it. The reads are recorded while it is made.
    /// </summary>
    public T Remember<T>(string key, Func<T> make) where T : class =>
        Memory is { } memory && Versions is { } versions ? memory.Recall($"{Pipeline.Name}/{Module.GetType().Name}/{key}", make, versions) : make();

    public void Report(BuildError error) => _build.Report(error);

    public void Report(IEnumerable<BuildError> errors) => _build.Report(errors);

    /// <summary>An informational line for the build summary (never fails the build).</summary>
    public void Notice(string message) => _build.Notice(message);

    public override string ToString() => $"pipeline {Pipeline.Name}, phase {Phase}, module {Module.GetType().Name}";
}
