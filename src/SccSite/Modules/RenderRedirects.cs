using System.Collections.Immutable;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Publishing;

namespace SccSite.Modules;

/// <summary>Redirect pages for every alias, in every language; an alias may not replace a real page.</summary>
public sealed class RenderRedirects : IModule, IReads<SiteModel>
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context)
    {
        var model = context.Get<SiteModel>();
        var taken = model.Nodes.SelectMany(n => n.Pages).Select(p => p.Destination).ToHashSet(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<Document>();
        foreach (var (destination, html, node) in Redirects.For(model))
        {
            if (!taken.Add(destination))
            {
                var (line, column) = node.Source.Meta.AliasesPosition;
                context.Report(new BuildError(node.Source.DisplayPath, line, column,
                    $"The alias would overwrite {destination}, which is already a page or another alias.", "Remove the alias or rename the page."));
                continue;
            }
            result.Add(Document.Create("alias:" + destination).WithDestination(destination).WithContent(html));
        }
        return result.ToImmutable();
    }
}
