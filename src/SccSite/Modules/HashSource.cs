using SccSite.Content;
using SccSite.Engine;

namespace SccSite.Modules;

/// <summary>Computes each page's <see cref="SourceHash"/>, the version translations record as 'translatedFrom'.</summary>
public sealed class HashSource : PerDocumentModule
{
    protected override Document Process(Document document, ModuleContext context) =>
        document.With(SourceHash.Of(document.Get<FrontMatter>()));
}
