using System.Collections.Immutable;
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
        functions.SetValue("partial", new TemplateFunction(2, (context, caller, args) =>
            RenderPartial(context, TemplateFunction.Text(caller, args, 0), args[1])), readOnly: true);
        functions.SetValue("url", new TemplateFunction(1, (_, caller, args) => pageUrl(TemplateFunction.Text(caller, args, 0))), readOnly: true);
        return functions;
    }

    /// <summary>Renders a layout with 'page' and 'site', then wraps it in the base layout unless <paramref name="wrap"/> is false.</summary>
    public string Render(string layout, object? page, object site, ScriptObject functions, bool wrap = true, CancellationToken cancellation = default)
    {
        var context = new EscapingTemplateContext(cancellation);
        context.PushGlobal(functions);
        var globals = new ScriptObject { ["page"] = page, ["site"] = site };
        context.PushGlobal(globals);
        var body = RenderTemplate(Layouts[layout], context);
        if (!wrap) return body.Html;
        globals.SetValue("content", body, readOnly: true);
        return RenderTemplate(Layouts[BaseLayout], context).Html;
    }

    private TrustedHtml RenderPartial(TemplateContext context, string name, object? it)
    {
        if (!Partials.TryGetValue(name, out var partial))
            throw new ScriptRuntimeException(context.CurrentNode?.Span ?? default, $"There is no partial '{name}' in theme/partials/.");
        var scope = new ScriptObject { ["it"] = it };
        context.PushGlobal(scope);
        try
        {
            return RenderTemplate(partial, context);
        }
        finally
        {
            context.PopGlobal();
        }
    }

    private static TrustedHtml RenderTemplate(ThemeTemplate template, TemplateContext context)
    {
        context.PushOutput();
        try
        {
            // Render returns the pushed output's text and then clears it.
            return new TrustedHtml(template.Template.Render(context));
        }
        catch (ScriptRuntimeException e)
        {
            throw new BuildException(ToError(e, template));
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException)
        {
            var span = context.CurrentNode?.Span;
            throw new BuildException(new BuildError(span?.FileName ?? template.DisplayPath, (span?.Start.Line ?? 0) + 1, (span?.Start.Column ?? 0) + 1, e.Message));
        }
        finally
        {
            context.PopOutput();
        }
    }

    private static BuildError ToError(ScriptRuntimeException e, ThemeTemplate template)
    {
        if (e.InnerException is BuildException inner) return inner.Errors[0];
        var file = string.IsNullOrEmpty(e.Span.FileName) ? template.DisplayPath : e.Span.FileName;
        var message = (e.InnerException as KeyNotFoundException)?.Message ?? e.OriginalMessage;
        return new BuildError(file, e.Span.Start.Line + 1, e.Span.Start.Column + 1, $"Template error: {message}");
    }
}
