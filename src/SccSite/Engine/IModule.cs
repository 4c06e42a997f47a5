using System.Collections.Immutable;

namespace SccSite.Engine;

/// <summary>A single-purpose step: takes documents, returns documents.</summary>
public interface IModule
{
    ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, BuildContext context);
}

/// <summary>
/// A module that works on each document alone. Documents are processed in parallel on all
/// cores; the output keeps the input order, so the result is deterministic.
/// </summary>
public abstract class PerDocumentModule : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, BuildContext context)
    {
        var results = new Document?[inputs.Length];
        Parallel.For(0, inputs.Length, i =>
        {
            try
            {
                results[i] = Process(inputs[i], context);
            }
            catch (BuildException e)
            {
                context.Report(e.Errors);
            }
        });
        return [.. results.Where(d => d is not null).Select(d => d!)];
    }

    /// <summary>Returns the new document, or null to drop it.</summary>
    protected abstract Document? Process(Document document, BuildContext context);
}
