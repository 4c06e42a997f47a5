using System.Globalization;
using SccSite.Engine;
using SccSite.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SccSite.Yaml;

/// <summary>
/// A strict reader over one YAML mapping: every read is typed, every error carries
/// file, line and column, and keys that nobody asked for are reported as unknown.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly List<BuildError> _errors;

    public YamlMap(YamlMappingNode node, string file, int lineOffset, List<BuildError> errors)
    {
        _node = node;
        File = file;
        LineOffset = lineOffset;
        _errors = errors;
    }

    public string File { get; }

    /// <summary>The mapping itself, for readers that walk free-form keys (UI dictionaries).</summary>
    public YamlMappingNode Node => _node;
    public int LineOffset { get; }
    public int Line => (int)_node.Start.Line + LineOffset;

    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public bool Contains(string key) => Find(key) is not null;

    /// <summary>Parses text into a root mapping; returns null (with an error) if it is not one.</summary>
    public static YamlMap? Parse(string text, string file, int lineOffset, List<BuildError> errors)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(YamlGuard.Over(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
                return new YamlMap(new YamlMappingNode(), file, lineOffset, errors);
            if (stream.Documents[0].RootNode is YamlMappingNode map)
                return new YamlMap(map, file, lineOffset, errors);
            var root = stream.Documents[0].RootNode;
            errors.Add(new BuildError(file, (int)root.Start.Line + lineOffset, (int)root.Start.Column,
                "Expected a YAML mapping of 'key: value' lines.", "Write one 'key: value' per line."));
        }
        catch (YamlGuardException e)
        {
            errors.Add(e.ToError(file, lineOffset));
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            message = message.Replace("While scanning a plain scalar value, found invalid mapping.", "a value contains ': ' and must be quoted.");
            errors.Add(new BuildError(file, (int)e.Start.Line + lineOffset, (int)e.Start.Column,
                $"Invalid YAML: {TrimMark(message)}", "Check indentation and quote values that contain ':' or start with a quote."));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, without a position, when the text ends inside '[', '{' or a quote.
            var lastLine = text.TrimEnd('\n').Count(c => c == '\n') + 1;
            errors.Add(new BuildError(file, lastLine + lineOffset, 1,
                "Invalid YAML: the text ends inside an unclosed '[', '{' or quote.", "Close the bracket or quote, or quote the whole value."));
        }
        return null;
    }

    private static string TrimMark(string message)
    {
        var i = message.IndexOf("(Line:", StringComparison.Ordinal);
        return (i > 0 ? message[..i] : message).Trim().TrimEnd('.') + ".";
    }

    public void Error(YamlNode? node, string message, string? hint = null)
    {
        var line = node is null ? Line : (int)node.Start.Line + LineOffset;
        var column = node is null ? (int)_node.Start.Column : (int)node.Start.Column;
        _errors.Add(new BuildError(File, line, column, message, hint));
    }

    public YamlNode? Find(string key)
    {
        foreach (var (k, v) in _node.Children)
            if (k is YamlScalarNode s && s.Value == key) { _read.Add(key); return v; }
        return null;
    }

    public YamlNode? KeyNode(string key) =>
        _node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key);

    public string? Text(string key, bool required = false)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required) Error(null, $"Missing required field '{key}'.", $"Add '{key}: ...' here.");
            return null;
        }
        if (node is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value)) return s.Value!.Trim();
        Error(node, $"Field '{key}' must be a non-empty text value.");
        return null;
    }

    public int? WholeNumber(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        Error(Find(key), $"Field '{key}' must be a whole number, not '{text}'.");
        return null;
    }

    public bool? Boolean(string key)
    {
        var text = Text(key);
        if (text is null) return null;
        if (text is "true" or "false") return text == "true";
        Error(Find(key), $"Field '{key}' must be true or false, not '{text}'.");
        return null;
    }

    /// <summary>Reports every scalar value, at any depth, that still starts with a placeholder marker.</summary>
    public void RejectPlaceholders(string prefix, Func<string, string> hint)
    {
        foreach (var (key, value) in _node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            foreach (var scalar in Scalars(value).Where(s => s.Value?.TrimStart().StartsWith(prefix, StringComparison.Ordinal) == true))
                Error(scalar, $"'{name}' still holds the placeholder \"{scalar.Value}\".", hint(name));
        }
    }

    private static IEnumerable<YamlScalarNode> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode s => [s],
        YamlSequenceNode seq => seq.Children.SelectMany(Scalars),
        YamlMappingNode map => map.Children.Values.SelectMany(Scalars),
        _ => [],
    };

    public T? Enum<T>(string key, bool required = false) where T : struct, Enum
    {
        var text = Text(key, required);
        if (text is null) return null;
        foreach (var value in System.Enum.GetValues<T>())
            if (string.Equals(Naming.Kebab(value.ToString()), text, StringComparison.Ordinal)) return value;
        Error(Find(key), $"Field '{key}' has unknown value '{text}'.",
            $"Use one of: {string.Join(", ", System.Enum.GetValues<T>().Select(v => Naming.Kebab(v.ToString())))}.");
        return null;
    }

    public IReadOnlyList<string> StringList(string key)
    {
        var node = Find(key);
        if (node is null) return [];
        if (node is YamlSequenceNode seq && seq.Children.All(c => c is YamlScalarNode))
            return [.. seq.Children.Cast<YamlScalarNode>().Select(c => c.Value ?? "")];
        Error(node, $"Field '{key}' must be a list of text values, like [a, b].");
        return [];
    }

    public IEnumerable<YamlMap> MapList(string key, bool required = false)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required) Error(null, $"Missing required field '{key}'.");
            yield break;
        }
        if (node is not YamlSequenceNode seq)
        {
            Error(node, $"Field '{key}' must be a list.");
            yield break;
        }
        foreach (var item in seq.Children)
        {
            if (item is YamlMappingNode m) yield return new YamlMap(m, File, LineOffset, _errors);
            else Error(item, $"Each item of '{key}' must be a mapping of 'key: value' lines.");
        }
    }

    public YamlMap? Map(string key)
    {
        var node = Find(key);
        if (node is null) return null;
        if (node is YamlMappingNode m) return new YamlMap(m, File, LineOffset, _errors);
        Error(node, $"Field '{key}' must be a mapping of 'key: value' lines.");
        return null;
    }

    /// <summary>Reports every key that was never read: strict schemas reject unknown keys.</summary>
    public void RejectUnknownKeys(string where, IEnumerable<string> allowed)
    {
        var allowedList = allowed.ToList();
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (_read.Contains(name) || allowedList.Contains(name)) continue;
            Error(key, $"Unknown key '{name}' in {where}.", $"Allowed keys: {string.Join(", ", allowedList)}.");
        }
    }
}
