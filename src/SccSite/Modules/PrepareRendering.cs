using System.Collections.Immutable;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Templates;
using SccSite.Templates.Views;

namespace SccSite.Modules;

/// <summary>Makes the one <see cref="PageRenderer"/> of the build, once the site model and assets are known.</summary>
public sealed class PrepareRendering : IModule, IReads<SiteModel>, IReads<SiteData>, IReads<AssetUrls>, IReads<Publishing.Search>, IReads<Theme>, IProvides<PageRenderer>
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context)
    {
        var inputsForViews = new RenderInputs(context.Get<SiteModel>(), context.Get<SiteData>(), context.Get<AssetUrls>(), context.Get<Publishing.Search>().Enabled);
        context.Provide(new PageRenderer(context.Get<Theme>(), inputsForViews));
        return inputs;
    }
}
