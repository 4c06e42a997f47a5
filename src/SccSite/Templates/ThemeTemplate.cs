using System.Collections.Concurrent;
using SccSite.I18n;
using Scriban;
using Scriban.Syntax;

namespace SccSite.Templates;

/// <summary>
/// A template parsed once, with the display path used in error messages. For each language it
/// keeps a copy in which every t "key" call is already replaced by that language's text, so pages
/// do not look UI strings up one call at a time.
/// </summary>
public sealed class ThemeTemplate(string name, string displayPath, Template template, string text)
{
    private readonly ConcurrentDictionary<UiStrings, ScriptPage> _byLanguage = new();

    public string Name { get; } = name;
    public string DisplayPath { get; } = displayPath;
    public Template Template { get; } = template;

    /// <summary>The template's source text.</summary>
    public string Text { get; } = text;

    /// <summary>The UI strings it calls with t "key", which are folded into it per language.</summary>
    public IReadOnlyList<string> FoldedKeys { get; } = [.. UiKeys.InTemplate(text).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The page with this language's UI strings folded in.</summary>
    public ScriptPage PageFor(UiStrings strings) =>
        _byLanguage.GetOrAdd(strings, s => (ScriptPage)new TranslationFolder(s).Visit(Template.Page)!);

    /// <summary>Rewrites t "literal key" into the literal text; everything else is copied as it is.</summary>
    private sealed class TranslationFolder(UiStrings strings) : ScriptRewriter
    {
        public override ScriptNode Visit(ScriptFunctionCall node) =>
            node is { Target: ScriptVariable { Name: "t" }, Arguments: [ScriptLiteral { Value: string key }] } && strings.TryText(key, out var text)
                ? new ScriptLiteral(text) { Span = node.Span }
                : base.Visit(node);
    }
}
