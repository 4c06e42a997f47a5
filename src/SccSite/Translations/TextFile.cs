using System.Text;

namespace SccSite.Translations;

/// <summary>
/// A page file read for editing: its text with '\n' line endings, and how it was stored (byte
/// order mark, '\r\n'), so writing it back changes only what was edited. Writes are atomic: a
/// temporary file next to the target, then a rename.
/// </summary>
public sealed record TextFile(string Path, string Text, bool Bom, bool Crlf)
{
    private static readonly UTF8Encoding Utf8 = new(false, true);

    public static TextFile Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var bom = bytes is [0xEF, 0xBB, 0xBF, ..];
        var text = Utf8.GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
        var crlf = text.Contains("\r\n", StringComparison.Ordinal);
        return new TextFile(path, crlf ? text.Replace("\r\n", "\n", StringComparison.Ordinal) : text, bom, crlf);
    }

    /// <summary>A new file that stores its text like this one (line endings, byte order mark).</summary>
    public TextFile WithText(string text) => this with { Text = text };

    /// <summary>The bytes as they are stored.</summary>
    public byte[] Bytes()
    {
        var text = Crlf ? Text.Replace("\n", "\r\n", StringComparison.Ordinal) : Text;
        var body = Utf8.GetBytes(text);
        return Bom ? [0xEF, 0xBB, 0xBF, .. body] : body;
    }

    /// <summary>Writes the file atomically; with <paramref name="createOnly"/> it fails rather than replace an existing file.</summary>
    public void Write(bool createOnly = false)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        Directory.CreateDirectory(folder);
        var temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(Path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, Bytes());
            if (createOnly) File.Move(temporary, Path, overwrite: false);
            else File.Move(temporary, Path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
