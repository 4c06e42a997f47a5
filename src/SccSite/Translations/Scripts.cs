namespace SccSite.Translations;

/// <summary>The writing systems the untranslated-text check tells apart.</summary>
public enum Script
{
    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Georgian,
    Hebrew,
    Arabic,
    Han,
    Kana,
    Hangul,
    Other,
}

/// <summary>How many words of a text are in each script: a run of letters is one word, each Han or kana character is one.</summary>
public sealed class ScriptCount
{
    private readonly int[] _words = new int[Enum.GetValues<Script>().Length];

    public int Total { get; private set; }

    public int this[Script script] => _words[(int)script];

    public void Add(string text)
    {
        Script? current = null;
        Add(text, ref current);
    }

    /// <summary>
    /// Counts a piece of a longer text: <paramref name="current"/> carries the script of the word in
    /// progress, so pieces of one word (a literal, then emphasis) count once.
    /// </summary>
    public void Add(ReadOnlySpan<char> text, ref Script? current)
    {
        foreach (var c in text)
        {
            var script = Scripts.Of(c);
            if (script is Script.Han or Script.Kana)
            {
                Count(script.Value);
                current = null;
            }
            else if (script != current)
            {
                if (script is { } s) Count(s);
                current = script;
            }
        }
    }

    /// <summary>This count and another together (counting is additive over texts).</summary>
    public ScriptCount Plus(ScriptCount other)
    {
        var sum = new ScriptCount();
        for (var i = 0; i < _words.Length; i++) sum._words[i] = _words[i] + other._words[i];
        sum.Total = Total + other.Total;
        return sum;
    }

    private void Count(Script script)
    {
        _words[(int)script]++;
        Total++;
    }

    /// <summary>The script with the most words, or null for a text without letters.</summary>
    public Script? Main => Total == 0 ? null : Enum.GetValues<Script>().MaxBy(s => _words[(int)s]);
}

public static class Scripts
{
    /// <summary>The script of a letter; null for anything that is not a letter.</summary>
    public static Script? Of(char c)
    {
        if (c < 128) return (uint)((c | 0x20) - 'a') <= 'z' - 'a' ? Script.Latin : null;
        if (!char.IsLetter(c)) return null;
        return c switch
        {
            <= '\u024F' => Script.Latin,
            >= '\u0370' and <= '\u03FF' => Script.Greek,
            >= '\u0400' and <= '\u052F' => Script.Cyrillic,
            >= '\u0530' and <= '\u058F' => Script.Armenian,
            >= '\u0590' and <= '\u05FF' => Script.Hebrew,
            >= '\u0600' and <= '\u06FF' => Script.Arabic,
            >= '\u10A0' and <= '\u10FF' => Script.Georgian,
            >= '\u1E00' and <= '\u1EFF' => Script.Latin,
            >= '\u3040' and <= '\u30FF' => Script.Kana,
            >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' => Script.Han,
            >= '\uAC00' and <= '\uD7AF' => Script.Hangul,
            _ => Script.Other,
        };
    }

    public static ScriptCount Count(params IEnumerable<string> texts)
    {
        var count = new ScriptCount();
        foreach (var text in texts) count.Add(text);
        return count;
    }

    /// <summary>
    /// The script a language is written in, read from its own name in site.yml ("Русский",
    /// "中文", "Қазақша"): no table of languages to keep up to date.
    /// </summary>
    public static Script? Of(Config.Language language) => Count(language.Name).Main;
}
