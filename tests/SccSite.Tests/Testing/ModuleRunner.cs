using System.Collections.Immutable;
using SccSite.Engine;
using Xunit;

namespace SccSite.Tests.Testing;

/// <summary>Runs one module on some documents: module tests stay three lines long.</summary>
public static class ModuleRunner
{
    public static ImmutableArray<Document> Run(IModule module, BuildContext context, params Document[] inputs) =>
        module.Execute([.. inputs], new ModuleContext(context, module));

    /// <summary>Runs a module that reads the documents of the pipelines it depends on (a writer, an indexer).</summary>
    public static ImmutableArray<Document> RunAfter(IModule module, BuildContext context, ImmutableArray<Document> dependencies) =>
        module.Execute([], new ModuleContext(context, module, dependencies: dependencies));

    /// <summary>Runs a module that must fail and returns its errors.</summary>
    public static ImmutableArray<BuildError> Errors(IModule module, BuildContext context, params Document[] inputs)
    {
        try
        {
            Run(module, context, inputs);
        }
        catch (BuildException e)
        {
            context.Report(e.Errors);
        }
        Assert.True(context.HasErrors, "The module was expected to report an error.");
        return context.Errors;
    }
}
