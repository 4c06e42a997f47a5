using Scriban;

namespace SccSite.Templates;

/// <summary>
/// HTML a template prints as is, written straight into the page being rendered. Only rendered
/// Markdown, layouts, partials and the generator's own JSON produce it; every other value is escaped.
/// </summary>
public interface IHtmlContent
{
    void WriteTo(TemplateContext context);
}

/// <summary>Trusted HTML held as a string.</summary>
public sealed record TrustedHtml(string Html) : IHtmlContent
{
    public static readonly TrustedHtml Empty = new("");

    public void WriteTo(TemplateContext context) => context.Write(Html);

    public override string ToString() => Html;
}
