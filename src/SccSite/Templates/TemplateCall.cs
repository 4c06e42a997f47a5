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
        if (scope is not null) context.PushGlobal(scope);
        context.PushSourceFile(Template.DisplayPath);
        try
        {
            context.Evaluate(((EscapingTemplateContext)context).Strings is { } strings ? Template.PageFor(strings) : Template.Template.Page!);
        }
        finally
        {
            context.PopSourceFile();
            if (scope is not null) context.PopGlobal();
        }
    }
}
