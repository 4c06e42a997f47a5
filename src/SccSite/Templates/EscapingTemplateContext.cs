using SccSite.Templates.Views;
using SccSite.I18n;
using SccSite.Text;
using Scriban;
using Scriban.Runtime;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace SccSite.Templates;

/// <summary>
/// Scriban prints values raw; this context HTML-escapes every value a template prints,
/// except <see cref="TrustedHtml"/>. Literal template text is written unchanged. Views are read
/// through <see cref="ViewAccessor"/>, without reflection.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    // Scriban builds its builtin functions (array, string, date…) by reflection for every new
    // context unless given a set; one shared, never-modified set serves every render.
    private static readonly Scriban.Functions.BuiltinFunctions Builtins = new();

    public EscapingTemplateContext(CancellationToken cancellation = default) : base(Builtins)
    {
        AutoIndent = false; // the default re-indents multi-line values and breaks <pre>
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        LoopLimit = 10_000;
        RecursiveLimit = 64;
        CancellationToken = cancellation;
    }

    /// <summary>
    /// How deep layouts and partials may nest. A partial that includes itself would otherwise run until
    /// Scriban's recursion limit or the thread's stack gives out, with an error that depends on which
    /// comes first and points at whatever expression was running then.
    /// </summary>
    public const int MaxTemplateDepth = 16;

    /// <summary>How many layouts and partials are being rendered, one inside the other.</summary>
    public int TemplateDepth { get; set; }

    /// <summary>The UI strings of the page being rendered: templates run with them folded in.</summary>
    public UiStrings? Strings { get; init; }

    public override TemplateContext Write(ScribanSpan span, object? textAsObject)
    {
        if (textAsObject is null) return this;
        if (textAsObject is IHtmlContent html)
        {
            html.WriteTo(this);
            return this;
        }
        var text = textAsObject as string ?? ObjectToString(textAsObject);
        return Write(Html.Encode(text ?? ""));
    }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        target is ITemplateView ? ViewAccessor.For(target.GetType()) : base.GetMemberAccessorImpl(target);
}
