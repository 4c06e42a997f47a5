using SccSite.Markdown;
using Scriban;

namespace SccSite.Templates;

/// <summary>A page body whose link placeholders are filled as it is written into the page: no intermediate copy.</summary>
public sealed class FilledBody(BodyTemplate template, Func<string, string> urlOf) : IHtmlContent
{
    public void WriteTo(TemplateContext context) => template.WriteTo((text, start, length) => context.Write(text, start, length), urlOf);

    public override string ToString() => template.Fill(urlOf);
}
