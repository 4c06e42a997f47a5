using SccSite.Engine;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SccSite.Yaml;

/// <summary>
/// Reads YAML event by event before it is loaded into nodes, and refuses what could blow up:
/// anchors and aliases (an alias of an alias of … expands to billions of values for whoever walks
/// the tree), and nesting deeper than a few dozen levels (loading nests one call per level).
/// </summary>
public static class YamlGuard
{
    /// <summary>Settings, data and front matter need a handful of levels; UI strings a few more.</summary>
    public const int MaxDepth = 32;

    /// <summary>Adds an error and returns false if the text uses anchors or aliases or nests too deep; syntax errors are left to the loader.</summary>
    public static bool Check(string text, string file, int lineOffset, List<BuildError> errors)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                if (current is SequenceStart or MappingStart) depth++;
                else if (current is SequenceEnd or MappingEnd) depth--;
                (string Message, string Hint)? problem = current switch
                {
                    AnchorAlias alias => ($"YAML aliases (*{alias.Value}) are not allowed here.", Reuse),
                    NodeEvent { Anchor.IsEmpty: false } node => ($"YAML anchors (&{node.Anchor}) are not allowed here.", Reuse),
                    _ when depth > MaxDepth => ($"The YAML nests deeper than {MaxDepth} levels.", "Flatten it: settings and front matter need only a few levels."),
                    _ => null,
                };
                if (problem is { } p)
                {
                    errors.Add(new BuildError(file, (int)current.Start.Line + lineOffset, (int)current.Start.Column, p.Message, p.Hint));
                    return false;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // A syntax error (or text that ends inside a bracket): the loader reports it with its own message.
        }
        return true;
    }

    private const string Reuse = "Write the value out in full: settings and front matter are small enough not to need anchors and aliases.";
}
