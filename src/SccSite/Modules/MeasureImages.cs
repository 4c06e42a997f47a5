using System.Collections.Immutable;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Markdown;

namespace SccSite.Modules;

/// <summary>The pixel size of each local image a page shows, by the URL written in the page.</summary>
public sealed record ImageSizes(ImmutableDictionary<string, (int Width, int Height)> BySource);

/// <summary>
/// Reads the width and height of every local image in a page (so the browser reserves its space);
/// a missing image, a file that is not an image, or one without alt text fails the build at its line.
/// </summary>
public sealed class MeasureImages : PerDocumentModule, IReads<BuildPaths>
{
    protected override Document Process(Document document, ModuleContext context)
    {
        var source = document.Get<SourceFile>();
        var images = document.Get<MarkdownTree>().Links.Where(l => l.IsImage && !ResolveLinks.IsExternal(l.Url)).ToList();
        if (images.Count == 0) return document;
        var input = context.Get<BuildPaths>().Input;
        var errors = new List<BuildError>();
        var sizes = ImmutableDictionary.CreateBuilder<string, (int, int)>(StringComparer.Ordinal);
        foreach (var image in images)
        {
            var path = RelativeLinks.StaticFile(source, image.Url, out var problem);
            var file = path is null ? null : Path.Combine(input, InputLayout.StaticFolder, path);
            if (file is null || !File.Exists(file))
            {
                errors.Add(new BuildError(source.DisplayPath, image.Line, image.Column, $"The image '{image.Url}' was not found ({problem ?? $"input/static/{path} does not exist"}).", "Put images in input/static/ and link them relatively, e.g. ../../static/photo.jpg."));
                continue;
            }
            if (!image.HasAltText)
                errors.Add(new BuildError(source.DisplayPath, image.Line, image.Column, $"The image '{image.Url}' has no alt text.", "Describe the image between the brackets: ![What the image shows](...)."));
            var probe = ImageSize.Probe(File.ReadAllBytes(file), Path.GetExtension(file));
            if (probe.Size is { } size) sizes[image.Url] = size;
            else if (probe.Problem is { } notAnImage)
                errors.Add(new BuildError(source.DisplayPath, image.Line, image.Column, $"The image '{image.Url}' is not an image: {notAnImage}.",
                    "Save it as PNG, JPEG, WebP, GIF or SVG, or link it as a file with [text](...) instead of ![alt](...)."));
        }
        if (errors.Count > 0) throw new BuildException(errors);
        return document.With(new ImageSizes(sizes.ToImmutable()));
    }
}
