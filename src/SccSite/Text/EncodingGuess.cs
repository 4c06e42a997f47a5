using System.Text;

namespace SccSite.Text;

/// <summary>
/// Guesses the legacy encoding a text file that is not UTF-8 was saved in, to tell its editor
/// what to convert from: UTF-16 by its byte order mark or NUL pattern, otherwise the candidate
/// whose decoding reads most like Russian, Chinese or Western European text.
/// </summary>
public static class EncodingGuess
{
    private static readonly Encoding Windows1251 = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;
    private static readonly Encoding Koi8R = CodePagesEncodingProvider.Instance.GetEncoding(20866)!;
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"))!;

    /// <summary>Below this mean log-probability per non-ASCII byte, no candidate reads like text.</summary>
    private const double Plausible = -7.0;

    /// <summary>A name such as "Windows-1251 (Cyrillic)", or null when the bytes look like no known text encoding.</summary>
    public static string? Guess(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return "UTF-16 LE";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return "UTF-16 BE";
        if (Utf16ByNuls(bytes) is { } utf16) return utf16;

        var high = 0;
        foreach (var b in bytes)
            if (b >= 0x80) high++;
        if (high == 0) return null;
        var array = bytes.ToArray();
        var candidates = new (string Name, double Score)[]
        {
            ("Windows-1251 (Cyrillic)", SingleByte(array, Windows1251, LetterModels.RussianChar)),
            ("KOI8-R (Cyrillic)", SingleByte(array, Koi8R, LetterModels.RussianChar)),
            ("GB18030 or GBK (Chinese)", Chinese(array, high)),
            ("Windows-1252 or Latin-1 (Western European)", SingleByte(array, Windows1252, LetterModels.WesternChar)),
        };
        var best = candidates.MaxBy(c => c.Score);
        return best.Score >= Plausible ? best.Name : null;
    }

    /// <summary>ASCII text in UTF-16 has a NUL in every other byte: at odd offsets little-endian, at even offsets big-endian.</summary>
    private static string? Utf16ByNuls(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        int even = 0, odd = 0;
        for (var i = 0; i < sample.Length; i++)
            if (sample[i] == 0) _ = i % 2 == 0 ? even++ : odd++;
        var pairs = sample.Length / 2;
        if (pairs == 0 || Math.Max(even, odd) < pairs / 5) return null;
        if (odd >= 4 * even) return "UTF-16 LE";
        if (even >= 4 * odd) return "UTF-16 BE";
        return null;
    }

    /// <summary>The mean log-probability of the characters the non-ASCII bytes decode to, one character per byte.</summary>
    private static double SingleByte(byte[] bytes, Encoding encoding, Func<char, char, char, double> model)
    {
        var text = encoding.GetString(bytes);
        double sum = 0;
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (bytes[i] < 0x80) continue;
            sum += Math.Log(model(text[i], i > 0 ? text[i - 1] : ' ', i + 1 < text.Length ? text[i + 1] : ' '));
            count++;
        }
        return count == 0 ? double.NegativeInfinity : sum / count;
    }

    /// <summary>The log-probability of the decoded Chinese characters, spread over the non-ASCII bytes they came from.</summary>
    private static double Chinese(byte[] bytes, int highBytes)
    {
        double sum = 0;
        foreach (var c in Gb18030.GetString(bytes))
            if (c >= 0x80) sum += Math.Log(LetterModels.ChineseChar(c));
        return sum / highBytes;
    }
}
