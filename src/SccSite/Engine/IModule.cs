using System.Collections.Immutable;

namespace SccSite.Engine;

/// <summary>A single-purpose step: takes documents, returns documents.</summary>
public interface IModule
{
    ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context);
}

/// <summary>
/// Declares that a module reads a typed product of another module, or a service of the build,
/// with <see cref="ModuleContext.Get{T}"/>. The engine checks every declaration when the
/// pipelines are built: a product must come from an earlier module the pipeline can see.
/// </summary>
#pragma warning disable CA1040 // marker interfaces carry the declaration in their type argument
public interface IReads<T> where T : class;

/// <summary>Declares that a module publishes a typed product with <see cref="ModuleContext.Provide{T}"/>.</summary>
public interface IProvides<T> where T : class;
#pragma warning restore CA1040
