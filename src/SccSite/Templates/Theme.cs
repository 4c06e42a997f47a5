using System.Collections.Immutable;
using System.Text;
using SccSite.Engine;
using SccSite.I18n;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SccSite.Templates;

/// <summary>The parsed theme: layouts, partials and UI strings, all loaded and checked once from theme/.</summary>
public sealed class Theme(
    ImmutableDictionary<string, ThemeTemplate> layouts,
    ImmutableDictionary<string, ThemeTemplate> partials,
    ImmutableDictionary<string, UiStrings> strings,
    string assetsFolder)
{
    public const string BaseLayout = "base";
    public const string RootLayout = "root";

    public ImmutableDictionary<string, ThemeTemplate> Layouts { get; } = layouts;
    public ImmutableDictionary<string, ThemeTemplate> Partials { get; } = partials;
    public ImmutableDictionary<string, UiStrings> StringsByLanguage { get; } = strings;
    public string AssetsFolder { get; } = assetsFolder;

    public UiStrings Strings(string language) => StringsByLanguage[language];

    public bool HasLayout(string name) => Layouts.ContainsKey(name);

    /// <summary>
    /// The functions templates call, for one language: t, tn, partial, and url (the URL of a page by
    /// its key, in this language). Build once per language and build, and reuse for every render.
    /// </summary>
    public ScriptObject Functions(UiStrings strings, Func<string, string> pageUrl)
    {
        var functions = new ScriptObject();
        functions.SetValue("t", new TemplateFunction(1, (_, caller, args) => strings.Text(TemplateFunction.Text(caller, args, 0))), readOnly: true);
        functions.SetValue("tn", new TemplateFunction(2, (context, caller, args) =>
            strings.Plural(TemplateFunction.Text(caller, args, 0), context.ToObject<int>(caller?.Span ?? default, args[1]))), readOnly: true);
        functions.SetValue("partial", new TemplateFunction(2, (context, caller, args) => Partial(context, TemplateFunction.Text(caller, args, 0), args[1])), readOnly: true);
        functions.SetValue("url", new TemplateFunction(1, (_, caller, args) => pageUrl(TemplateFunction.Text(caller, args, 0))), readOnly: true);
        return functions;
    }

    /// <summary>Renders a layout with 'page' and 'site', inside the base layout unless <paramref name="wrap"/> is false.</summary>
    public string Render(string layout, object? page, object site, UiStrings strings, ScriptObject functions, bool wrap = true, CancellationToken cancellation = default)
    {
        var output = new StringBuilder(16 * 1024);
        RenderInto(output, layout, page, site, strings, functions, wrap, cancellation);
        return output.ToString();
    }

    /// <summary>
    /// Renders into <paramref name="output"/>. The base layout prints the page's layout where it says
    /// {{ content }}, and partials print where they are called: the page is built in one buffer.
    /// </summary>
    public void RenderInto(StringBuilder output, string layout, object? page, object site, UiStrings strings, ScriptObject functions, bool wrap = true, CancellationToken cancellation = default)
    {
        var context = new EscapingTemplateContext(cancellation) { Strings = strings };
        context.PushOutput(new StringBuilderOutput(output));
        context.PushGlobal(functions);
        var inner = new TemplateCall(Layouts[layout], null);
        context.PushGlobal(new ScriptObject { ["page"] = page, ["site"] = site, ["content"] = inner });
        var top = wrap ? new TemplateCall(Layouts[BaseLayout], null) : inner;
        try
        {
            top.WriteTo(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new BuildException(ToError(e, top.Template));
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException)
        {
            var span = context.CurrentNode?.Span;
            throw new BuildException(new BuildError(span?.FileName ?? top.Template.DisplayPath, (span?.Start.Line ?? 0) + 1, (span?.Start.Column ?? 0) + 1, e.Message));
        }
    }

    private TemplateCall Partial(TemplateContext context, string name, object? it) =>
        ((EscapingTemplateContext)context).TemplateDepth >= EscapingTemplateContext.MaxTemplateDepth
            ? throw new ScriptRuntimeException(context.CurrentNode?.Span ?? default,
                $"Partials nest deeper than {EscapingTemplateContext.MaxTemplateDepth} levels: does '{name}' include itself?")
        : Partials.TryGetValue(name, out var partial)
            ? new TemplateCall(partial, new ScriptObject { ["it"] = it })
            : throw new ScriptRuntimeException(context.CurrentNode?.Span ?? default, $"There is no partial '{name}' in theme/partials/.");

    private static BuildError ToError(ScriptRuntimeException e, ThemeTemplate template)
    {
        if (e.InnerException is BuildException inner) return inner.Errors[0];
        var file = string.IsNullOrEmpty(e.Span.FileName) ? template.DisplayPath : e.Span.FileName;
        var message = (e.InnerException as KeyNotFoundException)?.Message ?? e.OriginalMessage;
        return new BuildError(file, e.Span.Start.Line + 1, e.Span.Start.Column + 1, $"Template error: {message}");
    }
}
