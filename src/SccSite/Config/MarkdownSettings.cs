using System.Collections.Immutable;

namespace SccSite.Config;

/// <summary>
/// The Markdown safety settings of site.yml (markdown.allowHtml): the few raw HTML tags and
/// attributes editors may write. Empty by default: raw HTML is an error.
/// </summary>
public sealed record MarkdownSettings(ImmutableArray<string> AllowedTags, ImmutableArray<string> AllowedAttributes)
{
    public static readonly MarkdownSettings Default = new([], []);

    /// <summary>Tags that can never be allowed, with the reason.</summary>
    public static readonly ImmutableDictionary<string, string> NeverTags = new Dictionary<string, string>
    {
        ["script"] = RunsScript, ["style"] = RunsScript, ["iframe"] = RunsScript, ["frame"] = RunsScript, ["frameset"] = RunsScript,
        ["object"] = RunsScript, ["embed"] = RunsScript, ["applet"] = RunsScript, ["svg"] = RunsScript, ["math"] = RunsScript,
        ["template"] = RunsScript, ["noscript"] = RunsScript, ["base"] = RunsScript, ["link"] = RunsScript, ["meta"] = RunsScript,
        ["form"] = SendsData, ["input"] = SendsData, ["button"] = SendsData, ["textarea"] = SendsData, ["select"] = SendsData, ["option"] = SendsData,
    }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Attributes that can never be allowed besides every on* event handler, with the reason.</summary>
    public static readonly ImmutableDictionary<string, string> NeverAttributes = new Dictionary<string, string>
    {
        ["style"] = RunsScript, ["srcdoc"] = RunsScript, ["formaction"] = SendsData, ["action"] = SendsData,
    }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    private const string RunsScript = "it runs script or styles";
    private const string SendsData = "it sends what readers type elsewhere";

    /// <summary>Why an attribute can never be allowed, or null if it may be.</summary>
    public static string? NeverAttributeReason(string name) =>
        name.StartsWith("on", StringComparison.OrdinalIgnoreCase) ? RunsScript : NeverAttributes.GetValueOrDefault(name);
}
