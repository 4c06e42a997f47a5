using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SccSite.Tests.Testing;

/// <summary>Small image files made byte by byte, so image tests need no binary fixtures.</summary>
public static class ImageBytes
{
    /// <summary>A complete, decodable PNG: black RGB pixels.</summary>
    public static byte[] Png(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(new byte[height * (1 + (3 * width))]); // each row: filter 0, then zeros
        return [.. (byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], .. Chunk("IHDR", header), .. Chunk("IDAT", pixels.ToArray()), .. Chunk("IEND", [])];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var result = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(result, data.Length);
        typed.CopyTo(result, 4);
        BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(8 + data.Length), Crc32(typed));
        return result;
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    /// <summary>A complete, decodable GIF: a two-colour palette, every pixel colour 0, LZW codes of 3 bits with a clear code every two pixels.</summary>
    public static byte[] Gif(int width, int height)
    {
        var bytes = new List<byte>();
        bytes.AddRange("GIF89a"u8.ToArray());
        bytes.AddRange([(byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0x80, 0, 0]); // global palette of 2 colours
        bytes.AddRange([0, 0, 0, 0xFF, 0xFF, 0xFF]);
        bytes.AddRange([0x2C, 0, 0, 0, 0, (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0]);
        bytes.Add(2); // minimum code size: clear = 4, end = 5, codes of 3 bits
        var codes = new List<int>();
        for (var i = 0; i < width * height; i++)
        {
            if (i % 2 == 0) codes.Add(4);
            codes.Add(0);
        }
        codes.Add(5);
        var packed = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var code in codes)
        {
            buffer |= code << bits;
            bits += 3;
            while (bits >= 8)
            {
                packed.Add((byte)buffer);
                buffer >>= 8;
                bits -= 8;
            }
        }
        if (bits > 0) packed.Add((byte)buffer);
        foreach (var block in packed.Chunk(255))
        {
            bytes.Add((byte)block.Length);
            bytes.AddRange(block);
        }
        bytes.AddRange([0, 0x3B]);
        return [.. bytes];
    }

    /// <summary>A JPEG's header segments: an EXIF block with the orientation (1 to 8, or none), the frame size, and the end marker.</summary>
    public static byte[] Jpeg(int width, int height, int? orientation, bool bigEndianExif = false)
    {
        var bytes = new List<byte> { 0xFF, 0xD8 };
        if (orientation is { } o)
        {
            byte[] tiff = bigEndianExif
                ? [(byte)'M', (byte)'M', 0, 0x2A, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte)o, 0, 0, 0, 0, 0, 0]
                : [(byte)'I', (byte)'I', 0x2A, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte)o, 0, 0, 0, 0, 0, 0, 0];
            byte[] app1 = [.. "Exif\0\0"u8, .. tiff];
            bytes.AddRange([0xFF, 0xE1, (byte)((app1.Length + 2) >> 8), (byte)(app1.Length + 2)]);
            bytes.AddRange(app1);
        }
        // Start of frame (baseline): precision 8, height, width, one component.
        bytes.AddRange([0xFF, 0xC0, 0, 11, 8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 1, 1, 0x11, 0]);
        bytes.AddRange([0xFF, 0xD9]);
        return [.. bytes];
    }

    /// <summary>A decodable 1×1 lossy WebP (a VP8 chunk).</summary>
    public static byte[] WebPLossy1x1 => Convert.FromBase64String("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    /// <summary>A decodable 1×1 lossless WebP (a VP8L chunk).</summary>
    public static byte[] WebPLossless1x1 => Convert.FromBase64String("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    /// <summary>The VP8L header of a lossless WebP of any size: signature 0x2F, then width-1 and height-1 in 14 bits each.</summary>
    public static byte[] WebPLosslessHeader(int width, int height)
    {
        var bits = (uint)(width - 1) | ((uint)(height - 1) << 14);
        byte[] vp8l = [0x2F, (byte)bits, (byte)(bits >> 8), (byte)(bits >> 16), (byte)(bits >> 24), 0, 0, 0];
        return Riff(Chunk32("VP8L", vp8l));
    }

    /// <summary>An extended WebP: a VP8X chunk with the canvas size (24 bits each, minus one), then the 1×1 lossless image.</summary>
    public static byte[] WebPExtended(int width, int height)
    {
        byte[] vp8x = [0, 0, 0, 0, (byte)(width - 1), (byte)((width - 1) >> 8), (byte)((width - 1) >> 16), (byte)(height - 1), (byte)((height - 1) >> 8), (byte)((height - 1) >> 16)];
        var lossless = WebPLossless1x1[12..];
        return Riff([.. Chunk32("VP8X", vp8x), .. lossless]);
    }

    private static byte[] Chunk32(string fourCc, byte[] data)
    {
        var padded = data.Length % 2 == 1 ? [.. data, 0] : data;
        var size = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(size, data.Length);
        return [.. Encoding.ASCII.GetBytes(fourCc), .. size, .. padded];
    }

    private static byte[] Riff(byte[] chunks)
    {
        var size = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(size, 4 + chunks.Length);
        return [.. "RIFF"u8, .. size, .. "WEBP"u8, .. chunks];
    }
}
