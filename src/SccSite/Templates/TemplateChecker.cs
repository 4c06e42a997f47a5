using System.Collections.Immutable;
using SccSite.Engine;
using SccSite.Templates.Views;
using Scriban.Syntax;

namespace SccSite.Templates;

/// <summary>
/// Checks at theme load that templates read only fields the views declare: 'page.titel' or a
/// card field that does not exist fails here, with file and line, not on the first page that
/// reaches it. Partials are checked with the type of each argument they are called with.
/// </summary>
public sealed class TemplateChecker
{
    /// <summary>Functions and Scriban builtins a template may use by name.</summary>
    private static readonly ImmutableHashSet<string> Builtins =
        ["t", "tn", "partial", "url", "array", "string", "math", "date", "html", "object", "regex", "timespan", "for", "while", "tablerow", "empty", "blank"];

    private readonly IReadOnlyDictionary<string, ThemeTemplate> _partials;
    private readonly List<BuildError> _errors = [];
    private readonly HashSet<string> _checkedPartials = new(StringComparer.Ordinal);
    private Scope _globals = new(ImmutableDictionary<string, TemplateType>.Empty, null);
    private string _globalsKey = "";

    public TemplateChecker(IReadOnlyDictionary<string, ThemeTemplate> partials) => _partials = partials;

    public IReadOnlyList<BuildError> Errors => _errors;

    /// <summary>Checks a layout whose globals have the given types; its partials see the same globals plus 'it'.</summary>
    public void Check(ThemeTemplate template, IReadOnlyDictionary<string, TemplateType> globals)
    {
        _globals = new Scope(globals, null);
        _globalsKey = string.Join(",", globals.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + ":" + g.Value.Key));
        Visit(template.Template.Page, _globals, template);
    }

    private sealed class Scope(IReadOnlyDictionary<string, TemplateType> names, Scope? parent)
    {
        private readonly Dictionary<string, TemplateType> _locals = new(StringComparer.Ordinal);

        public TemplateType? Find(string name) =>
            _locals.TryGetValue(name, out var t) ? t : names.TryGetValue(name, out t) ? t : parent?.Find(name);

        public void Set(string name, TemplateType type) => _locals[name] = type;

        public Scope Child() => new(ImmutableDictionary<string, TemplateType>.Empty, this);
    }

    private TemplateType Visit(ScriptNode? node, Scope scope, ThemeTemplate template)
    {
        switch (node)
        {
            case null:
                return TemplateType.Any;
            case ScriptVariable variable:
                return scope.Find(variable.Name) ?? Unknown(variable, template);
            case ScriptMemberExpression member:
                return Member(Visit(member.Target, scope, template), member, template);
            case ScriptNestedExpression nested:
                return Visit(nested.Expression, scope, template);
            case ScriptLiteral:
                return TemplateType.Scalar;
            case ScriptIndexerExpression indexer:
                var target = Visit(indexer.Target, scope, template);
                Visit(indexer.Index, scope, template);
                return target is ListType list ? list.Element : TemplateType.Any;
            case ScriptObjectInitializerExpression literal:
                return new ObjectType(literal.Members.ToImmutableSortedDictionary(
                    m => m.Name is ScriptVariable v ? v.Name : (m.Name as ScriptLiteral)?.Value?.ToString() ?? "",
                    m => Visit(m.Value, scope, template), StringComparer.Ordinal));
            case ScriptArrayInitializerExpression array:
                foreach (var item in array.Values) Visit(item, scope, template);
                return new ListType(TemplateType.Any);
            case ScriptFunctionCall call:
                return Call(call, scope, template);
            case ScriptForStatement loop:
                var items = Visit(loop.Iterator, scope, template);
                var body = scope.Child();
                if (loop.Variable is ScriptVariable loopVariable) body.Set(loopVariable.Name, items is ListType l ? l.Element : TemplateType.Any);
                Visit(loop.Body, body, template);
                Visit(loop.Else, scope, template);
                return TemplateType.Any;
            case ScriptAssignExpression assign:
                var value = Visit(assign.Value, scope, template);
                if (assign.Target is ScriptVariable assigned) scope.Set(assigned.Name, value);
                else Visit(assign.Target, scope, template);
                return TemplateType.Any;
            default:
                foreach (var child in node.Children) Visit(child, scope, template);
                return TemplateType.Any;
        }
    }

    private TemplateType Unknown(ScriptVariable variable, ThemeTemplate template)
    {
        if (!Builtins.Contains(variable.Name))
            Report(variable, template, $"The template uses '{variable.Name}', which is not defined here.", "Layouts see 'page' and 'site'; partials also see 'it'; loops define their own variable.");
        return TemplateType.Any;
    }

    private TemplateType Member(TemplateType target, ScriptMemberExpression member, ThemeTemplate template)
    {
        if (member.Member is not { Name: var name }) return TemplateType.Any;
        switch (target)
        {
            case ViewType view:
                var fields = ViewAccessor.For(view.Clr).Fields;
                if (fields.TryGetValue(name, out var type)) return TemplateType.FromClr(type);
                Report(member.Member, template, $"The template reads '{name}', which {view.Description} does not have.", Suggest(name, fields.Keys));
                return TemplateType.Any;
            case ObjectType literal:
                if (literal.Fields.TryGetValue(name, out var field)) return field;
                Report(member.Member, template, $"The template reads 'it.{name}', but this partial is called with an object that has no '{name}'.",
                    $"Pass '{name}: null' where the partial is called, or remove the read. It has: {string.Join(", ", literal.Fields.Keys)}.");
                return TemplateType.Any;
            default:
                return TemplateType.Any;
        }
    }

    private TemplateType Call(ScriptFunctionCall call, Scope scope, ThemeTemplate template)
    {
        var arguments = call.Arguments.Select(a => Visit(a, scope, template)).ToList();
        if (call.Target is not ScriptVariable { Name: var name })
        {
            Visit(call.Target, scope, template);
            return TemplateType.Any;
        }
        if (name is "t" or "tn" or "url") return TemplateType.Scalar;
        if (name != "partial") return scope.Find(name) ?? Unknown((ScriptVariable)call.Target, template);
        if (call.Arguments.Count != 2 || call.Arguments[0] is not ScriptLiteral { Value: string partialName })
        {
            Report(call, template, "A partial is called as: partial \"name\" value.", null);
            return TemplateType.Scalar;
        }
        if (!_partials.TryGetValue(partialName, out var partial))
            Report(call.Arguments[0], template, $"There is no partial '{partialName}' in theme/partials/.", Suggest(partialName, _partials.Keys));
        else if (_checkedPartials.Add(partialName + "|" + arguments[1].Key + "|" + _globalsKey))
            Visit(partial.Template.Page, new Scope(new Dictionary<string, TemplateType> { ["it"] = arguments[1] }, _globals), partial);
        return TemplateType.Scalar;
    }

    private void Report(ScriptNode node, ThemeTemplate template, string message, string? hint)
    {
        var file = string.IsNullOrEmpty(node.Span.FileName) ? template.DisplayPath : node.Span.FileName;
        var error = new BuildError(file, node.Span.Start.Line + 1, node.Span.Start.Column + 1, message, hint);
        if (!_errors.Contains(error)) _errors.Add(error);
    }

    /// <summary>"Did you mean …?" from the closest known name, else the list of names.</summary>
    private static string Suggest(string name, IEnumerable<string> known)
    {
        var options = known.Order(StringComparer.Ordinal).ToList();
        var closest = options.MinBy(o => Distance(name, o));
        return closest is not null && Distance(name, closest) <= Math.Max(2, name.Length / 3)
            ? $"Did you mean '{closest}'?"
            : $"Known: {string.Join(", ", options)}.";
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
