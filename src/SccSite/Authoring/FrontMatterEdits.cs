using SccSite.Translations;
using YamlDotNet.RepresentationModel;

namespace SccSite.Authoring;

/// <summary>Small edits to a page's front matter that keep every other byte: an alias added, translationKey changed.</summary>
public static class FrontMatterEdits
{
    /// <summary>Adds an alias (and removes <paramref name="drop"/> from the list, for a page moved back to an old path).</summary>
    public static string AddAlias(string text, string alias, string? drop = null)
    {
        var (yaml, end) = Yaml(text);
        var root = Root(yaml);
        if (root?.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: "aliases" }).Value is not YamlSequenceNode list)
            return text[..(end + 1)] + $"aliases: [{alias}]\n" + text[(end + 1)..];
        var items = list.Children.OfType<YamlScalarNode>().Select(n => n.Value ?? "").Where(v => v.Trim('/') != drop).ToList();
        if (!items.Contains(alias)) items.Add(alias);
        var start = 4 + (int)list.Start.Index;
        var stop = 4 + (int)list.End.Index;
        if (list.Style != YamlDotNet.Core.Events.SequenceStyle.Flow)
        {
            // A block list: rewrite it as block items with the indentation it had.
            var lineStart = text.LastIndexOf('\n', start) + 1;
            var indent = text[lineStart..start];
            var block = string.Join("", items.Select((v, i) => (i == 0 ? "" : indent) + "- " + YamlText.Scalar(v) + "\n"));
            var after = stop < text.Length && text[stop - 1] == '\n' ? stop : text.IndexOf('\n', stop) + 1;
            return text[..start] + block + text[after..];
        }
        var close = text.IndexOf(']', start) + 1; // a flow list's node ends where it starts
        return text[..start] + "[" + string.Join(", ", items.Select(YamlText.Scalar)) + "]" + text[close..];
    }

    /// <summary>Sets 'translationKey' to a new value.</summary>
    public static string SetTranslationKey(string text, string key)
    {
        var (yaml, _) = Yaml(text);
        var node = Root(yaml)?.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: "translationKey" }).Value;
        if (node is null) return text;
        var start = 4 + (int)node.Start.Index;
        var stop = 4 + (int)node.End.Index;
        return text[..start] + YamlText.Scalar(key) + text[stop..];
    }

    /// <summary>The front matter's YAML (text after the opening '---\n') and the index of the '\n' before the closing '---'.</summary>
    private static (string Yaml, int End) Yaml(string text)
    {
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return (text[4..(end + 1)], end);
    }

    private static YamlMappingNode? Root(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
    }
}
