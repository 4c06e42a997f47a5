using System.Globalization;
using System.Text.RegularExpressions;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Gif;
using MetadataExtractor.Formats.Jpeg;
using MetadataExtractor.Formats.Png;
using MetadataExtractor.Formats.WebP;
using MetadataExtractor.Util;

namespace SccSite.Markdown;

/// <summary>What reading an image found: its pixel size as shown, or why it is not an image a page can show.</summary>
public sealed record ImageProbe((int Width, int Height)? Size, string? Problem);

/// <summary>
/// Reads an image's pixel size, so layouts can reserve its space: PNG, JPEG (turned by its EXIF
/// orientation), GIF and WebP (VP8, VP8L, VP8X) with MetadataExtractor, SVG from its root element.
/// </summary>
public static partial class ImageSize
{
    private static readonly FileType[] Raster = [FileType.Png, FileType.Jpeg, FileType.Gif, FileType.WebP];

    public static (int Width, int Height)? Read(ReadOnlySpan<byte> bytes, string extension) => Probe(bytes.ToArray(), extension).Size;

    public static ImageProbe Probe(byte[] bytes, string extension)
    {
        if (extension.Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            return SvgTag().IsMatch(text) ? new ImageProbe(Svg(text), null) : new ImageProbe(null, "it has no <svg> element, so it is not an SVG image");
        }
        var type = FileTypeDetector.DetectFileType(new MemoryStream(bytes, writable: false));
        if (!Raster.Contains(type))
            return new ImageProbe(null, type == FileType.Unknown
                ? "its bytes are not a PNG, JPEG, GIF, WebP or SVG image"
                : $"it is {type.GetLongName()}, not a PNG, JPEG, GIF, WebP or SVG image");
        var size = Measure(bytes);
        return size is null ? new ImageProbe(null, $"its {type.GetName()} header is damaged: the width and height cannot be read") : new ImageProbe(size, null);
    }

    // A file cut short after its header is still measured from the header, as browsers show it:
    // the missing bytes read as zeros, then an end-of-image marker stops the JPEG segment reader.
    private static (int, int)? Measure(byte[] bytes) => Measure(Metadata(bytes)) ?? Measure(Metadata([.. bytes, .. new byte[64], 0xFF, 0xD9]));

    private static (int, int)? Measure(IReadOnlyList<MetadataExtractor.Directory>? directories)
    {
        if (directories is null) return null;
        var size = Size<PngDirectory>(directories, PngDirectory.TagImageWidth, PngDirectory.TagImageHeight)
            ?? Size<JpegDirectory>(directories, JpegDirectory.TagImageWidth, JpegDirectory.TagImageHeight)
            ?? Size<GifHeaderDirectory>(directories, GifHeaderDirectory.TagImageWidth, GifHeaderDirectory.TagImageHeight)
            ?? Size<WebPDirectory>(directories, WebPDirectory.TagImageWidth, WebPDirectory.TagImageHeight);
        if (size is not { } s || s.Item1 <= 0 || s.Item2 <= 0) return null;
        // EXIF orientations 5 to 8 turn the picture a quarter: it is shown with width and height swapped.
        var orientation = directories.OfType<ExifIfd0Directory>().FirstOrDefault(d => d.ContainsTag(ExifDirectoryBase.TagOrientation));
        return orientation is not null && orientation.TryGetInt32(ExifDirectoryBase.TagOrientation, out var o) && o is >= 5 and <= 8 ? (s.Item2, s.Item1) : s;
    }

    private static IReadOnlyList<MetadataExtractor.Directory>? Metadata(byte[] bytes)
    {
        try
        {
            return ImageMetadataReader.ReadMetadata(new MemoryStream(bytes, writable: false));
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // Damaged or hostile bytes throw all sorts of exceptions deep in the readers; the file just cannot be measured.
            return null;
        }
    }

    private static (int, int)? Size<T>(IReadOnlyList<MetadataExtractor.Directory> directories, int widthTag, int heightTag) where T : MetadataExtractor.Directory
    {
        foreach (var directory in directories.OfType<T>())
            if (directory.TryGetInt32(widthTag, out var width) && directory.TryGetInt32(heightTag, out var height))
                return (width, height);
        return null;
    }

    [GeneratedRegex("""<svg\b[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex SvgTag();

    [GeneratedRegex("""\b(width|height|viewBox)\s*=\s*["']([^"']+)["']""")]
    private static partial Regex SvgAttribute();

    private static (int, int)? Svg(string text)
    {
        var tag = SvgTag().Match(text);
        if (!tag.Success) return null;
        var attributes = SvgAttribute().Matches(tag.Value).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        if (attributes.TryGetValue("width", out var w) && attributes.TryGetValue("height", out var h) && Pixels(w) is { } pw && Pixels(h) is { } ph)
            return (pw, ph);
        if (attributes.TryGetValue("viewBox", out var box))
        {
            var parts = box.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 4 && double.TryParse(parts[2], CultureInfo.InvariantCulture, out var vw) && double.TryParse(parts[3], CultureInfo.InvariantCulture, out var vh))
                return ((int)Math.Round(vw), (int)Math.Round(vh));
        }
        return null;
    }

    private static int? Pixels(string value) =>
        double.TryParse(value.EndsWith("px", StringComparison.Ordinal) ? value[..^2] : value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? (int)Math.Round(v) : null;
}
