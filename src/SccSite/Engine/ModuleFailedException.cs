namespace SccSite.Engine;

/// <summary>An unexpected exception in a module, wrapped with where it happened: pipeline, phase, module and document.</summary>
public sealed class ModuleFailedException : Exception
{
    public ModuleFailedException(ModuleContext where, string? documentId, Exception inner)
        : base($"{where}{(documentId is null ? "" : $", document {documentId}")}: {inner.GetType().Name}: {inner.Message}", inner)
    {
        Pipeline = where.Pipeline.Name;
        Phase = where.Phase;
        Module = where.Module.GetType().Name;
        DocumentId = documentId;
    }

    public string Pipeline { get; }
    public Phase Phase { get; }
    public string Module { get; }
    public string? DocumentId { get; }
}
