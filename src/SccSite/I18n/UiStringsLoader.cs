using System.Collections.Immutable;
using SccSite.Engine;
using SccSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace SccSite.I18n;

/// <summary>Reads theme/i18n/&lt;lang&gt;.yml into flat dotted keys and checks every language has the same keys.</summary>
public static class UiStringsLoader
{
    public static UiStrings Parse(string language, string text, string file)
    {
        var errors = new List<BuildError>();
        var map = YamlMap.Parse(text, file, 0, errors) ?? throw new BuildException(errors);
        var entries = ImmutableSortedDictionary.CreateBuilder<string, DictionaryEntry>(StringComparer.Ordinal);
        Flatten(language, map.Node, "", file, entries, errors);
        if (errors.Count > 0) throw new BuildException(errors);
        return new UiStrings(language, file, entries.ToImmutable());
    }

    private static void Flatten(string language, YamlMappingNode node, string prefix, string file,
        ImmutableSortedDictionary<string, DictionaryEntry>.Builder entries, List<BuildError> errors)
    {
        foreach (var (k, v) in node.Children)
        {
            var key = prefix + ((k as YamlScalarNode)?.Value ?? "");
            var line = (int)k.Start.Line;
            var column = (int)k.Start.Column;
            switch (v)
            {
                case YamlScalarNode s:
                    entries[key] = new TextEntry(s.Value ?? "", line, column);
                    break;
                case YamlSequenceNode seq when seq.Children.All(c => c is YamlScalarNode):
                    entries[key] = new ListEntry([.. seq.Children.Cast<YamlScalarNode>().Select(c => c.Value ?? "")], line, column);
                    break;
                case YamlMappingNode m when m.Children.Keys.All(c => c is YamlScalarNode s && PluralRules.Categories.Contains(s.Value)):
                    var forms = m.Children.ToImmutableDictionary(c => ((YamlScalarNode)c.Key).Value!, c => (c.Value as YamlScalarNode)?.Value ?? "");
                    var required = PluralRules.Required(language);
                    foreach (var needed in required.Where(c => !forms.ContainsKey(c)))
                        errors.Add(new BuildError(file, line, column, $"The plural string '{key}' lacks the '{needed}' form that {language} needs.", $"Add '{needed}: ...' under '{key}'."));
                    // 'other' is the last resort of every rule; default it to the language's last required form.
                    if (!forms.ContainsKey("other") && forms.TryGetValue(required[^1], out var last)) forms = forms.SetItem("other", last);
                    entries[key] = new PluralEntry(forms, line, column);
                    break;
                case YamlMappingNode m:
                    Flatten(language, m, key + ".", file, entries, errors);
                    break;
                default:
                    errors.Add(new BuildError(file, line, column, $"The UI string '{key}' must be a text, a list, or plural forms."));
                    break;
            }
        }
    }

    /// <summary>Every language must have the same keys of the same shape; a key no template or code uses is an error.</summary>
    public static IEnumerable<BuildError> Check(IReadOnlyList<UiStrings> dictionaries, IReadOnlySet<string> usedKeys, string usedWhere)
    {
        var allKeys = dictionaries.SelectMany(d => d.Entries.Keys).ToImmutableSortedSet(StringComparer.Ordinal);
        foreach (var d in dictionaries)
        {
            foreach (var key in allKeys.Where(k => !d.Entries.ContainsKey(k)))
            {
                var other = dictionaries.First(x => x.Entries.ContainsKey(key));
                yield return BuildError.InFile(d.File, $"The UI string '{key}' is missing (it is in {other.File}).", $"Add '{key}' to {d.File}.");
            }
            foreach (var key in usedKeys.Where(k => !d.Entries.ContainsKey(k) && !allKeys.Contains(k)).Order(StringComparer.Ordinal))
                yield return BuildError.InFile(d.File, $"The UI string '{key}' is used by {usedWhere} but missing.", $"Add '{key}' to {d.File}.");
            foreach (var (key, entry) in d.Entries.Where(e => !usedKeys.Contains(e.Key)))
                yield return new BuildError(d.File, entry.Line, entry.Column, $"The UI string '{key}' is not used by any template or by the generator.", "Remove it, or use it in a layout.");
        }
    }
}
