using SccSite.Config;
using SccSite.Engine;
using Xunit;

namespace SccSite.Tests.Config;

public class MarkdownSettingsTests
{
    private const string Site = """
        title: T
        baseUrl: https://example.org/
        defaultLanguage: en
        languages:
          - code: en
            name: English
            culture: en-GB

        """;

    private static IReadOnlyList<string> Errors(string markdown) =>
        [.. Assert.Throws<BuildException>(() => SiteConfigLoader.Parse(Site + markdown, "input/site.yml")).Errors.Select(e => e.ToString())];

    [Fact]
    public void Without_a_markdown_section_no_html_is_allowed() =>
        Assert.Same(MarkdownSettings.Default, SiteConfigLoader.Parse(Site, "input/site.yml").Markdown);

    [Fact]
    public void A_small_set_of_tags_and_attributes_can_be_allowed()
    {
        var config = SiteConfigLoader.Parse(Site + "markdown:\n  allowHtml:\n    tags: [abbr, SUP, sub, kbd, abbr]\n    attributes: [title]\n", "input/site.yml");
        Assert.Equal(["abbr", "sup", "sub", "kbd"], config.Markdown.AllowedTags);
        Assert.Equal(["title"], config.Markdown.AllowedAttributes);
    }

    [Theory]
    [InlineData("tags: [abbr, script]", "input/site.yml:10:18: error: The tag 'script' can never be allowed: it runs script or styles. Remove it from markdown.allowHtml.tags.")]
    [InlineData("tags: [style]", "input/site.yml:10:12: error: The tag 'style' can never be allowed: it runs script or styles.")]
    [InlineData("tags: [iframe]", "The tag 'iframe' can never be allowed: it runs script or styles.")]
    [InlineData("tags: [object]", "The tag 'object' can never be allowed: it runs script or styles.")]
    [InlineData("tags: [embed]", "The tag 'embed' can never be allowed: it runs script or styles.")]
    [InlineData("tags: [form]", "The tag 'form' can never be allowed: it sends what readers type elsewhere.")]
    [InlineData("attributes: [title, onclick]", "input/site.yml:10:25: error: The attribute 'onclick' can never be allowed: it runs script or styles. Remove it from markdown.allowHtml.attributes.")]
    [InlineData("attributes: [OnMouseOver]", "The attribute 'onmouseover' can never be allowed: it runs script or styles.")]
    [InlineData("attributes: [style]", "The attribute 'style' can never be allowed: it runs script or styles.")]
    [InlineData("tags: [\"<b>\"]", "input/site.yml:10:12: error: '<b>' is not an HTML tag name. Write the bare name, like abbr or title.")]
    [InlineData("tags: abbr", "input/site.yml:10:11: error: Field 'tags' must be a list of names, like [abbr, sup].")]
    [InlineData("elements: [abbr]", "input/site.yml:10:5: error: Unknown key 'elements' in markdown.allowHtml. Allowed keys: tags, attributes.")]
    public void Script_capable_or_malformed_entries_are_errors_at_their_line(string line, string expected) =>
        Assert.Contains(Errors("markdown:\n  allowHtml:\n    " + line + "\n"), e => e.Contains(expected, StringComparison.Ordinal));

    [Fact]
    public void An_unknown_key_under_markdown_is_an_error() =>
        Assert.Contains("input/site.yml:9:3: error: Unknown key 'safeMode' in markdown. Allowed keys: allowHtml.", Errors("markdown:\n  safeMode: off\n"));
}
