using System.Buffers.Binary;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SccSite.Markdown;

/// <summary>Reads an image's pixel size from its header (PNG, GIF, JPEG, WebP, SVG), so layouts can reserve its space.</summary>
public static partial class ImageSize
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static (int Width, int Height)? Read(ReadOnlySpan<byte> bytes, string extension)
    {
        switch (extension.ToLowerInvariant())
        {
            case ".png" when bytes.Length >= 24 && bytes[..8].SequenceEqual(PngSignature):
                return ((int)BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]), (int)BinaryPrimitives.ReadUInt32BigEndian(bytes[20..]));
            case ".gif" when bytes.Length >= 10 && bytes[..3].SequenceEqual("GIF"u8):
                return (BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]), BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]));
            case ".webp" when bytes.Length >= 30 && bytes[8..12].SequenceEqual("WEBP"u8) && bytes[12..16].SequenceEqual("VP8X"u8):
                return (1 + (bytes[24] | bytes[25] << 8 | bytes[26] << 16), 1 + (bytes[27] | bytes[28] << 8 | bytes[29] << 16));
            case ".jpg" or ".jpeg":
                return Jpeg(bytes);
            case ".svg":
                return Svg(System.Text.Encoding.UTF8.GetString(bytes));
            default:
                return null;
        }
    }

    private static (int, int)? Jpeg(ReadOnlySpan<byte> bytes)
    {
        var i = 2;
        while (i + 9 < bytes.Length)
        {
            if (bytes[i] != 0xFF) return null;
            var marker = bytes[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 2)..]);
            // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return (BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 5)..]));
            i += 2 + length;
        }
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
