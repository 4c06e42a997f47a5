using System.Security.Cryptography;
using System.Text;

namespace SccSite.Content;

/// <summary>The version of a page's translatable text, recorded by translations as 'translatedFrom'.</summary>
public sealed record SourceHash(string Value)
{
    public const int Length = 12;

    [ThreadStatic]
    private static StringBuilder? _scratch;

    /// <summary>
    /// SHA-256 of "title\ndescription\nbody": the body trimmed and with every link and image
    /// destination removed (<see cref="LinkDestinations"/>), so a link that only points somewhere
    /// else is not a change of the text. Hashed piece by piece.
    /// </summary>
    public static SourceHash Of(FrontMatter meta)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var encoder = Encoding.UTF8.GetEncoder(); // one encoder: exactly the bytes of the joined text
        Append(hash, encoder, meta.Text.Title);
        Append(hash, encoder, "\n");
        Append(hash, encoder, meta.Text.Description);
        Append(hash, encoder, "\n");
        var body = meta.Body.AsSpan().Trim();
        if (LinkDestinations.MayContainLinks(body))
        {
            var text = _scratch ??= new StringBuilder();
            text.Clear();
            LinkDestinations.RemoveInto(body, text);
            foreach (var chunk in text.GetChunks()) Append(hash, encoder, chunk.Span);
            if (text.Capacity > 1 << 20) _scratch = null; // do not keep a huge page's buffer
        }
        else
        {
            Append(hash, encoder, body);
        }
        Append(hash, encoder, [], flush: true);
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return new SourceHash(Convert.ToHexStringLower(digest)[..Length]);
    }

    private static void Append(IncrementalHash hash, Encoder encoder, ReadOnlySpan<char> text, bool flush = false)
    {
        Span<byte> buffer = stackalloc byte[1024];
        bool completed;
        do
        {
            encoder.Convert(text, buffer, flush, out var used, out var written, out completed);
            hash.AppendData(buffer[..written]);
            text = text[used..];
        }
        while (!text.IsEmpty || (flush && !completed));
    }
}
