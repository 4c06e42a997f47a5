using Ganss.Xss;
using SccSite.Config;

namespace SccSite.Markdown;

/// <summary>
/// The raw HTML a site allows in Markdown (markdown.allowHtml in site.yml), enforced by
/// HtmlSanitizer configured with exactly those tags and attributes and the safe URL schemes.
/// A fragment passes only if the sanitizer would remove nothing from it; what passes is written
/// out as the sanitizer serialises it.
/// </summary>
public sealed class HtmlAllowList(MarkdownSettings settings)
{
    public bool IsEmpty => settings.AllowedTags.IsEmpty;

    public bool AllowsTag(string name) => settings.AllowedTags.Contains(name);

    /// <summary>The fragment as the sanitizer writes it, or why it is refused (the first thing the sanitizer would remove).</summary>
    public (string? Html, string? Refusal) Sanitize(string fragment)
    {
        // A sanitizer per call: its events report into this call's list, and pages are checked in parallel.
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(settings.AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(settings.AllowedAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(UrlSchemes.Allowed, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(HtmlSanitizerDefaults.UriAttributes, StringComparer.OrdinalIgnoreCase),
        });
        var refusals = new List<string>();
        sanitizer.RemovingTag += (_, e) => refusals.Add(TagRefusal(e.Tag.LocalName));
        sanitizer.RemovingAttribute += (_, e) => refusals.Add(AttributeRefusal(e.Tag.LocalName, e.Attribute.Name, e.Reason));
        sanitizer.RemovingComment += (_, _) => refusals.Add("a comment");
        sanitizer.RemovingStyle += (_, _) => refusals.Add("a style");
        sanitizer.RemovingAtRule += (_, _) => refusals.Add("a style rule");
        sanitizer.RemovingCssClass += (_, e) => refusals.Add($"the class '{e.CssClass}'");
        var html = sanitizer.Sanitize(fragment);
        return refusals.Count > 0 ? (null, refusals[0]) : (html, null);
    }

    /// <summary>Why a tag is refused: never allowed, or not in the list.</summary>
    public string TagRefusal(string name) =>
        MarkdownSettings.NeverTags.TryGetValue(name, out var reason)
            ? $"<{name}> can never be allowed: {reason}"
            : $"<{name}> is not in markdown.allowHtml.tags ({List(settings.AllowedTags)})";

    private string AttributeRefusal(string tag, string attribute, RemoveReason reason) =>
        reason == RemoveReason.NotAllowedUrlValue
            ? $"the URL in the attribute '{attribute}' of <{tag}> uses a scheme that is not allowed (only {string.Join(", ", UrlSchemes.Allowed)} or a relative path)"
            : $"the attribute '{attribute}' on <{tag}> {AttributeReason(attribute)}";

    /// <summary>Why an attribute is refused: "can never be allowed: …" or "is not in markdown.allowHtml.attributes (…)".</summary>
    public string AttributeReason(string attribute) =>
        MarkdownSettings.NeverAttributeReason(attribute) is { } never
            ? $"can never be allowed: {never}"
            : $"is not in markdown.allowHtml.attributes ({List(settings.AllowedAttributes)})";

    public bool AllowsAttribute(string attribute) =>
        MarkdownSettings.NeverAttributeReason(attribute) is null && settings.AllowedAttributes.Contains(attribute.ToLowerInvariant());

    private static string List(IEnumerable<string> names) => names.Any() ? "allowed: " + string.Join(", ", names) : "none are allowed";
}
