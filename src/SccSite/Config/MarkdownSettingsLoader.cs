using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SccSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace SccSite.Config;

/// <summary>Reads the 'markdown' section of site.yml strictly: unknown keys and tags that run script are errors at their line.</summary>
public static partial class MarkdownSettingsLoader
{
    public static MarkdownSettings Read(YamlMap? markdown)
    {
        if (markdown is null) return MarkdownSettings.Default;
        var allow = markdown.Map("allowHtml");
        markdown.RejectUnknownKeys("markdown", ["allowHtml"]);
        if (allow is null) return MarkdownSettings.Default;
        var tags = Names(allow, "tags", "tag", MarkdownSettings.NeverTags.GetValueOrDefault);
        var attributes = Names(allow, "attributes", "attribute", MarkdownSettings.NeverAttributeReason);
        allow.RejectUnknownKeys("markdown.allowHtml", ["tags", "attributes"]);
        return new MarkdownSettings(tags, attributes);
    }

    private static ImmutableArray<string> Names(YamlMap allow, string key, string what, Func<string, string?> never)
    {
        var node = allow.Find(key);
        if (node is null) return [];
        if (node is not YamlSequenceNode list || !list.Children.All(c => c is YamlScalarNode))
        {
            allow.Error(node, $"Field '{key}' must be a list of names, like [abbr, sup].");
            return [];
        }
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var item in list.Children.Cast<YamlScalarNode>())
        {
            var name = (item.Value ?? "").Trim().ToLowerInvariant();
            if (!HtmlName().IsMatch(name))
                allow.Error(item, $"'{item.Value}' is not an HTML {what} name.", "Write the bare name, like abbr or title.");
            else if (never(name) is { } reason)
                allow.Error(item, $"The {what} '{name}' can never be allowed: {reason}.", $"Remove it from markdown.allowHtml.{key}.");
            else if (!names.Contains(name))
                names.Add(name);
        }
        return names.ToImmutable();
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex HtmlName();
}
