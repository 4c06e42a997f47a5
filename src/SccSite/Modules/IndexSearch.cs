using System.Collections.Immutable;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Publishing;

namespace SccSite.Modules;

/// <summary>
/// Builds the Pagefind index from the rendered pages of the pipelines this one depends on (in a
/// scratch folder) and returns the bundle as documents, so it is written with everything else and
/// only when the whole build succeeded.
/// </summary>
public sealed class IndexSearch : IModule, IReads<Search>
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context)
    {
        var search = context.Get<Search>();
        if (!search.Enabled) return [];
        var scratch = Path.Combine(Path.GetTempPath(), "sccsite-search-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var site = Path.Combine(scratch, "site");
            foreach (var page in context.Dependencies.Where(d => d.Destination is not null && d.Content is not null))
            {
                var path = OutputPath.Under(site, page.Destination!);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, page.Content);
            }
            var bundle = search.Index(site, Path.Combine(scratch, PageUrls.SearchBundle));
            return
            [
                .. Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories)
                    .Select(f => Path.GetRelativePath(bundle, f).Replace(Path.DirectorySeparatorChar, '/'))
                    .Order(StringComparer.Ordinal)
                    .Select(f => Document.Create("pagefind/" + f).WithDestination($"{PageUrls.SearchBundle}/{f}")
                        .With(new AssetFile(f, File.ReadAllBytes(Path.Combine(bundle, f))))),
            ];
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }
}
