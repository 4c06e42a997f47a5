using SccSite.Content;
using SccSite.Engine;
using SccSite.Templates;

namespace SccSite.Modules;

/// <summary>Renders each page through its kind's layout inside the base layout.</summary>
public sealed class ApplyLayout(string assetsPipeline) : PerDocumentModule
{
    protected override Document Process(Document document, BuildContext context)
    {
        var page = document.Get<LocalizedPage>();
        var model = document.Get<SiteModel>();
        var theme = context.Get<Theme>();
        var dictionary = theme.Dictionary(page.Language.Code);
        var inputs = new RenderInputs(model, context.Get<SiteData>(), AssetUrls.From(context.OutputOf(assetsPipeline), model.Config.BasePath), context.Get<Publishing.Search>().Enabled);
        var view = PageView.Build(page, inputs, dictionary, document.Get<BodyHtml>().Html);
        return document.WithContent(theme.Render(LayoutFor(page.Node, theme), view, dictionary));
    }

    public static string LayoutFor(PageNode node, Theme theme) => node.Kind switch
    {
        PageKind.Section when theme.HasLayout("section-" + node.Section) => "section-" + node.Section,
        _ => Yaml.YamlMap.Kebab(node.Kind.ToString()),
    };
}
