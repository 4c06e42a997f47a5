using System.Collections.Immutable;
using System.Globalization;

namespace SccSite.I18n;

/// <summary>One entry of a UI dictionary: a text, a set of plural forms, or a list (month names).</summary>
public abstract record DictionaryEntry(int Line, int Column);

public sealed record TextEntry(string Text, int Line, int Column) : DictionaryEntry(Line, Column);

public sealed record PluralEntry(ImmutableDictionary<string, string> Forms, int Line, int Column) : DictionaryEntry(Line, Column);

public sealed record ListEntry(ImmutableArray<string> Items, int Line, int Column) : DictionaryEntry(Line, Column);

/// <summary>The UI strings of one language, keyed by dotted names like "nav.home".</summary>
public sealed class UiStrings(string language, string file, ImmutableSortedDictionary<string, DictionaryEntry> entries)
{
    public string Language { get; } = language;
    public string File { get; } = file;
    public ImmutableSortedDictionary<string, DictionaryEntry> Entries { get; } = entries;

    public bool TryText(string key, out string text)
    {
        Touch(key);
        var found = Entries.TryGetValue(key, out var e) && e is TextEntry;
        text = found ? ((TextEntry)e!).Text : "";
        return found;
    }

    public string Text(string key) => Touch(key) && Entries.TryGetValue(key, out var e) && e is TextEntry t
        ? t.Text
        : throw new KeyNotFoundException($"The UI string '{key}' is missing or is not a text in {File}.");

    public string Plural(string key, long count)
    {
        Touch(key);
        if (!Entries.TryGetValue(key, out var e) || e is not PluralEntry p)
            throw new KeyNotFoundException($"The UI string '{key}' is missing or has no plural forms in {File}.");
        var form = p.Forms.GetValueOrDefault(PluralRules.Select(Language, count)) ?? p.Forms["other"];
        return form.Replace("{count}", FormatNumber(count), StringComparison.Ordinal);
    }

    public ImmutableArray<string> List(string key) => Touch(key) && Entries.TryGetValue(key, out var e) && e is ListEntry l
        ? l.Items
        : throw new KeyNotFoundException($"The UI string '{key}' is missing or is not a list in {File}.");

    /// <summary>Reports the read to the tracker (an output that used this string is rebuilt when it changes); always true.</summary>
    private bool Touch(string key)
    {
        Engine.ReadTracker.Touch(Engine.DependencyKind.UiString, key, Language);
        return true;
    }

    /// <summary>Groups digits with the language's own separator, so output does not depend on the machine's ICU data.</summary>
    public string FormatNumber(long n)
    {
        var digits = Math.Abs(n).ToString(CultureInfo.InvariantCulture);
        var separator = Text("number.group_separator");
        var grouped = new System.Text.StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0 && digits.Length > 4) grouped.Append(separator);
            grouped.Append(digits[i]);
        }
        return (n < 0 ? "-" : "") + grouped;
    }

    public string Format(string key, params (string Name, string Value)[] values)
    {
        var text = Text(key);
        foreach (var (name, value) in values) text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return text;
    }
}
