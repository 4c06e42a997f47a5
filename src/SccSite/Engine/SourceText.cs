using System.Globalization;
using System.Text;
using SccSite.Text;

namespace SccSite.Engine;

/// <summary>
/// Reads a source file (a page, site.yml, data, a template, UI strings) as UTF-8 text: a UTF-8
/// byte order mark is dropped and CRLF line ends become LF, so how an editor saves a file never
/// changes the output. A file that is not UTF-8, or too large, is a build error naming the file.
/// </summary>
public static class SourceText
{
    /// <summary>The largest source file read: far more than any page needs, small enough that parsing stays quick.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    public static string Read(string fullPath, string displayPath)
    {
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length > MaxBytes)
                throw new BuildException(BuildError.InFile(displayPath,
                    $"The file is {Megabytes(length)} ({length.ToString("N0", CultureInfo.InvariantCulture)} bytes); a source file may be at most {Megabytes(MaxBytes)}.",
                    "Split it into smaller pages, or move large data out of it."));
            return Decode(File.ReadAllBytes(fullPath), displayPath);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Listed, then gone before it was read (an editor saving by rename, a checkout): the user's race, not a bug.
            throw new BuildException(BuildError.InFile(displayPath, "The file was removed while the build was reading it.", "Build again once the folder is settled."));
        }
    }

    /// <summary>The text of a source file's bytes; throws a build error if they are not UTF-8.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string displayPath)
    {
        var bom = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        var bad = Utf8Check.FirstInvalidByte(bytes[bom..]);
        if (bad >= 0) throw new BuildException(NotUtf8(bytes, bom, bad, displayPath));
        var text = Encoding.UTF8.GetString(bytes[bom..]);
        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal) : text;
    }

    private static BuildError NotUtf8(ReadOnlySpan<byte> bytes, int bom, int bad, string displayPath)
    {
        var (line, column) = Utf8Check.Position(bytes[bom..], bad);
        var offset = bom + bad;
        var value = bytes[offset];
        var what = value == 0 ? "is a NUL character, which no text file holds" : "is not valid UTF-8";
        var guess = EncodingGuess.Guess(bytes);
        var hint = guess is null
            ? "It does not look like text in a known encoding; if it is text, save it as UTF-8."
            : $"It looks like {guess}; save it as UTF-8.";
        return new BuildError(displayPath, line, column,
            $"This file is not UTF-8: the byte 0x{value:X2} at byte offset {offset} (line {line}) {what}.", hint);
    }

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
