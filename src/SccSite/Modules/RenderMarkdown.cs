using System.Globalization;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Markdown;

namespace SccSite.Modules;

/// <summary>
/// Renders each body to HTML once, with placeholders for relative links, and frees its syntax
/// tree: only the HTML, the links and the heading ids travel on to the link and render phases.
/// </summary>
public sealed class RenderMarkdown : PerDocumentModule
{
    protected override Document Process(Document document, ModuleContext context)
    {
        var tree = document.Get<MarkdownTree>();
        if (document.Find<ImageSizes>() is { } sizes) AddImageSizes(tree.Ast, sizes);
        var html = BodyTemplate.Render(tree, url => !ResolveLinks.IsExternal(url), document.Get<SourceHash>().Value);
        return document.Without<MarkdownTree>().With(new MarkdownBody(html, tree.Links, tree.HeadingIds));
    }

    // The tree belongs to this document alone and is dropped right after rendering.
    private static void AddImageSizes(MarkdownDocument ast, ImageSizes sizes)
    {
        foreach (var image in ast.Descendants<LinkInline>().Where(l => l.IsImage && l.Url is not null))
        {
            if (!sizes.BySource.TryGetValue(image.Url!, out var size)) continue;
            var attributes = image.GetAttributes();
            attributes.AddPropertyIfNotExist("width", size.Width.ToString(CultureInfo.InvariantCulture));
            attributes.AddPropertyIfNotExist("height", size.Height.ToString(CultureInfo.InvariantCulture));
            attributes.AddPropertyIfNotExist("loading", "lazy");
            attributes.AddPropertyIfNotExist("decoding", "async");
        }
    }
}
