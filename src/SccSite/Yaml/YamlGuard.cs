using SccSite.Engine;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SccSite.Yaml;

/// <summary>
/// Watches YAML event by event while it is loaded into nodes, and stops what could blow up:
/// anchors and aliases (an alias of an alias of … expands to billions of values for whoever walks
/// the tree), and nesting deeper than a few dozen levels (loading nests one call per level).
/// It sits between the parser and the loader, so the text is parsed once.
/// </summary>
public sealed class YamlGuard(IParser inner) : IParser
{
    /// <summary>Settings, data and front matter need a handful of levels; UI strings a few more.</summary>
    public const int MaxDepth = 32;

    private const string Reuse = "Write the value out in full: settings and front matter are small enough not to need anchors and aliases.";

    private int _depth;

    public ParsingEvent? Current => inner.Current;

    /// <summary>A parser over the text that throws <see cref="YamlGuardException"/> at the first anchor, alias or level too deep.</summary>
    public static IParser Over(string text) => new YamlGuard(new Parser(new StringReader(text)));

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        var current = inner.Current!;
        if (current is SequenceStart or MappingStart) _depth++;
        else if (current is SequenceEnd or MappingEnd) _depth--;
        (string Message, string Hint)? problem = current switch
        {
            AnchorAlias alias => ($"YAML aliases (*{alias.Value}) are not allowed here.", Reuse),
            NodeEvent { Anchor.IsEmpty: false } node => ($"YAML anchors (&{node.Anchor}) are not allowed here.", Reuse),
            _ when _depth > MaxDepth => ($"The YAML nests deeper than {MaxDepth} levels.", "Flatten it: settings and front matter need only a few levels."),
            _ => null,
        };
        if (problem is { } p) throw new YamlGuardException((int)current.Start.Line, (int)current.Start.Column, p.Message, p.Hint);
        return true;
    }
}

/// <summary>What <see cref="YamlGuard"/> refused, and where (line and column within the YAML text).</summary>
public sealed class YamlGuardException(int line, int column, string problem, string hint) : Exception(problem)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Hint { get; } = hint;

    public BuildError ToError(string file, int lineOffset) => new(file, Line + lineOffset, Column, Message, Hint);
}
