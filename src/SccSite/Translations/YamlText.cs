using System.Globalization;
using System.Text;

namespace SccSite.Translations;

/// <summary>Writes a text as a one-line YAML scalar: plain when that reads back the same, double-quoted otherwise.</summary>
public static class YamlText
{
    private static readonly string[] Reserved = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"];

    public static string Scalar(string value) => IsPlainSafe(value) ? value : Quoted(value);

    private static bool IsPlainSafe(string value) =>
        value.Length > 0
        && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1])
        && "-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0], StringComparison.Ordinal) < 0
        && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal) && !value.EndsWith(':')
        && !value.Any(char.IsControl)
        && !Reserved.Contains(value.ToLowerInvariant())
        && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string Quoted(string value)
    {
        var text = new StringBuilder("\"", value.Length + 2);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }
}
