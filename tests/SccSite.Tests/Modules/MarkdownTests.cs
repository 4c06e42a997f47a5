using SccSite.Markdown;
using Xunit;

namespace SccSite.Tests.Modules;

public class MarkdownTests
{
    [Theory]
    [InlineData("## Привет мир", "привет-мир")]
    [InlineData("## 你好世界", "你好世界")]
    [InlineData("## Қазақ тілі", "қазақ-тілі")]
    [InlineData("## Energy strategy to 2030", "energy-strategy-to-2030")]
    public void Heading_ids_keep_non_latin_text(string markdown, string id) =>
        Assert.Equal([id], MarkdownParser.Parse(markdown, 1).HeadingIds);

    [Fact]
    public void Links_keep_their_line_in_the_source_file()
    {
        var body = MarkdownParser.Parse("Intro.\n\nSee [energy](../priorities/energy.md) and ![x](pic.png).", firstLine: 6);
        Assert.Equal([("../priorities/energy.md", 8, 5), ("pic.png", 8, 43)], body.Links.Select(l => (l.Url, l.Line, l.Column)));
    }

    [Fact]
    public void The_shared_pipeline_has_tables_footnotes_attributes_and_auto_links()
    {
        Assert.Same(MarkdownPipelineFactory.Shared, MarkdownPipelineFactory.Shared);
        var html = Markdig.Markdown.ToHtml(
            "## Energy {#energy-anchor}\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\nSee https://example.org and a note.[^1]\n\n[^1]: The note.",
            MarkdownPipelineFactory.Shared);
        Assert.Contains("<h2 id=\"energy-anchor\">Energy</h2>", html);
        Assert.Contains("<table>", html);
        Assert.Contains("<a href=\"https://example.org\">https://example.org</a>", html);
        Assert.Contains("class=\"footnotes\"", html);
    }
}
