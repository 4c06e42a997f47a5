using System.Collections.Immutable;

namespace SccSite.Engine;

/// <summary>
/// A module that works on each document alone. The engine runs consecutive per-document modules
/// of a phase as one chain per document, in parallel on all cores, so a document's intermediate
/// facets can be dropped before the next document starts. Output keeps the input order.
/// </summary>
public abstract class PerDocumentModule : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context) =>
        DocumentChain.Run(inputs, [this], [context], null);

    internal Document? Run(Document document, ModuleContext context) => Process(document, context);

    /// <summary>Returns the new document, or null to drop it.</summary>
    protected abstract Document? Process(Document document, ModuleContext context);
}
