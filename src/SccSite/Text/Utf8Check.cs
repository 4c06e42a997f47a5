using System.Buffers;
using System.Text;

namespace SccSite.Text;

/// <summary>Finds the first byte of a file that keeps it from being UTF-8 text.</summary>
public static class Utf8Check
{
    /// <summary>The offset of the first invalid UTF-8 byte or NUL (no text file holds one), or -1 when the bytes are clean UTF-8 text.</summary>
    public static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes) && !bytes.Contains((byte)0)) return -1;
        for (var i = 0; i < bytes.Length;)
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out var rune, out var consumed) != OperationStatus.Done || rune.Value == 0) return i;
            i += consumed;
        }
        return -1;
    }

    /// <summary>The 1-based line and column (in characters) of a byte offset in bytes that are valid UTF-8 before it.</summary>
    public static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        var column = 1;
        foreach (var b in before[lineStart..])
            if ((b & 0xC0) != 0x80) column++; // count the first byte of each character
        return (line, column);
    }
}
