using System.Collections.Immutable;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Publishing;

namespace SccSite.Modules;

/// <summary>
/// Builds the Pagefind index from the rendered pages gathered in <see cref="SearchPages"/> and
/// returns the bundle as documents, so it is written with everything else and only when the whole
/// build succeeded.
/// </summary>
public sealed class IndexSearch : IModule, IReads<Search>, IReads<SearchPages>
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context)
    {
        var search = context.Get<Search>();
        var pages = context.Get<SearchPages>();
        if (!search.Enabled || pages.Folder is null) return [];
        var bundle = search.Index(pages.Folder, Path.Combine(Path.GetDirectoryName(pages.Folder)!, PageUrls.SearchBundle));
        return
        [
            .. Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(bundle, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)
                .Select(f => Document.Create("pagefind/" + f).WithDestination($"{PageUrls.SearchBundle}/{f}")
                    .With(new AssetFile(f, File.ReadAllBytes(Path.Combine(bundle, f))))),
        ];
    }
}
