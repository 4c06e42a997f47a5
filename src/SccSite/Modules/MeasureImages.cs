using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Markdown;

namespace SccSite.Modules;

/// <summary>
/// Gives every local image in a page its width and height (read from the file) so the browser
/// reserves its space; a missing image or one without alt text fails the build at its line.
/// </summary>
public sealed class MeasureImages : PerDocumentModule
{
    protected override Document Process(Document document, BuildContext context)
    {
        var source = document.Get<SourceFile>();
        var body = document.Get<MarkdownBody>();
        var input = context.Get<BuildPaths>().Input;
        var errors = new List<BuildError>();
        foreach (var image in body.Ast.Descendants<LinkInline>().Where(l => l.IsImage && l.Url is { Length: > 0 } && !ResolveLinks.IsExternal(l.Url!)))
        {
            var line = image.Line + document.Get<FrontMatter>().BodyLine;
            var column = image.Column + 1;
            var path = RelativeLinks.StaticFile(source, image.Url!, out var problem);
            var file = path is null ? null : Path.Combine(input, ReadPages.StaticFolder, path);
            if (file is null || !File.Exists(file))
            {
                errors.Add(new BuildError(source.DisplayPath, line, column, $"The image '{image.Url}' was not found ({problem ?? $"input/static/{path} does not exist"}).", "Put images in input/static/ and link them relatively, e.g. ../../static/photo.jpg."));
                continue;
            }
            if (image.FirstChild is null)
                errors.Add(new BuildError(source.DisplayPath, line, column, $"The image '{image.Url}' has no alt text.", "Describe the image between the brackets: ![What the image shows](...)."));
            if (ImageSize.Read(File.ReadAllBytes(file), Path.GetExtension(file)) is { } size)
            {
                var attributes = image.GetAttributes();
                attributes.AddPropertyIfNotExist("width", size.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
                attributes.AddPropertyIfNotExist("height", size.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
                attributes.AddPropertyIfNotExist("loading", "lazy");
                attributes.AddPropertyIfNotExist("decoding", "async");
            }
        }
        if (errors.Count > 0) throw new BuildException(errors);
        return document;
    }
}
