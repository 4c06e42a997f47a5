using Scriban;
using Scriban.Runtime;

namespace SccSite.Templates;

/// <summary>
/// A layout or partial evaluated where it is printed, straight into the page's output, so nesting
/// templates costs no intermediate strings. Partials get their argument as 'it'.
/// </summary>
public sealed class TemplateCall(ThemeTemplate template, ScriptObject? scope) : IHtmlContent
{
    public ThemeTemplate Template { get; } = template;

    public void WriteTo(TemplateContext context)
    {
        var escaping = (EscapingTemplateContext)context;
        var strings = escaping.Strings;
        Engine.ReadTracker.Touch(Engine.DependencyKind.Template, Template.Name, strings?.Language ?? "");
        if (scope is not null) context.PushGlobal(scope);
        context.PushSourceFile(Template.DisplayPath);
        escaping.TemplateDepth++; // read by Theme's partial function, which refuses to nest deeper than MaxTemplateDepth
        try
        {
            context.Evaluate(strings is not null ? Template.PageFor(strings) : Template.Template.Page!);
        }
        finally
        {
            escaping.TemplateDepth--;
            context.PopSourceFile();
            if (scope is not null) context.PopGlobal();
        }
    }
}
