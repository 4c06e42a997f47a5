using SccSite.Config;
using SccSite.Markdown;
using Xunit;

namespace SccSite.Tests.Markdown;

/// <summary>The policy alone, on parsed bodies: what it refuses, where, and what allowed HTML becomes.</summary>
public class MarkdownSafetyTests
{
    private static readonly MarkdownSettings Allowing = new(["abbr", "sup", "kbd", "a"], ["title", "href"]);

    private static IReadOnlyList<MarkdownProblem> Problems(string body, MarkdownSettings? settings = null, int firstLine = 6) =>
        new MarkdownSafety(settings ?? MarkdownSettings.Default).Check(MarkdownParser.Parse(body, firstLine).Ast, firstLine);

    private static string Render(string body, MarkdownSettings settings)
    {
        var tree = MarkdownParser.Parse(body, 1);
        var policy = new MarkdownSafety(settings);
        Assert.Empty(policy.Check(tree.Ast, 1));
        policy.SanitizeAllowedHtml(tree.Ast);
        return BodyTemplate.Render(tree, _ => false, "n").Fill(u => u);
    }

    [Theory]
    [InlineData("Some <b>bold</b> text.", 6, 6, "Raw HTML is not allowed in Markdown: <b>.", "Write **bold** in Markdown instead.")]
    [InlineData("Some <strong>bold</strong>.", 6, 6, "Raw HTML is not allowed in Markdown: <strong>.", "Write **bold** in Markdown instead.")]
    [InlineData("An <em>aside</em>.", 6, 4, "Raw HTML is not allowed in Markdown: <em>.", "Write *italic* in Markdown instead.")]
    [InlineData("See <a href=\"https://example.org\">this</a>.", 6, 5, "Raw HTML is not allowed in Markdown: <a>.", "Write a link as [text](url) in Markdown instead.")]
    [InlineData("Line one<br>line two", 6, 9, "Raw HTML is not allowed in Markdown: <br>.", "End the line with two trailing spaces for a line break, or leave a blank line for a new paragraph.")]
    [InlineData("Intro.\n\n<img src=\"x.png\" alt=\"x\">", 8, 1, "Raw HTML is not allowed in Markdown: <img>.", "Write an image as ![alt text](../static/picture.png) in Markdown instead.")]
    [InlineData("Intro.\n\n<table>\n<tr><td>1</td></tr>\n</table>", 8, 1, "Raw HTML is not allowed in Markdown: <table>.", "Write a pipe table instead: | A | B | on one line, | --- | --- | below it, then one row per line.")]
    [InlineData("Intro.\n\n<script>alert(1)</script>", 8, 1, "Raw HTML is not allowed in Markdown: <script>.", "A page cannot run scripts: scripts belong in the theme.")]
    [InlineData("Intro.\n\n<!-- a note -->", 8, 1, "Raw HTML is not allowed in Markdown: an HTML comment.", "Markdown has no comments: delete it, or write the note as [//]: # (your note) on a line of its own.")]
    [InlineData("A <blink>thing</blink>.", 6, 3, "Raw HTML is not allowed in Markdown: <blink>.", "Write it in Markdown, or allow the tag in site.yml under markdown.allowHtml.")]
    public void Raw_html_is_an_error_at_its_line_and_column_with_the_markdown_alternative(string body, int line, int column, string message, string hint)
    {
        var problem = Problems(body)[0];
        Assert.Equal((line, column, message, hint), (problem.Line, problem.Column, problem.Message, problem.Hint));
    }

    [Fact]
    public void Every_raw_tag_is_reported_not_only_the_first() =>
        Assert.Equal([(6, 3), (6, 7), (7, 1)], Problems("A <i>b</i> c\n<kbd>x</kbd>").Take(3).Select(p => (p.Line, p.Column)));

    [Theory]
    [InlineData("Fish &amp; chips &copy; 2024 &#58; &#x4E2D;")]
    [InlineData("Write `<b>` in code.")]
    [InlineData("```html\n<script>alert(1)</script>\n```")]
    [InlineData("    <div>indented code</div>")]
    [InlineData("A \\<b> escaped tag and 3 < 4 > 2.")]
    [InlineData("[energy](../priorities/energy.md) ![A block](../static/images/block.png) <https://example.org> www.example.org <mailto:a@b.org> [call](tel:+7717)")]
    [InlineData("## Heading {#custom-id .wide}")]
    public void Entities_code_and_plain_markdown_are_fine(string body) => Assert.Empty(Problems(body));

    [Theory]
    [InlineData("[x](javascript:alert(1))", 6, 1, "The link 'javascript:alert(1)' uses the scheme 'javascript:', which is not allowed.")]
    [InlineData("Text [x](JaVaScRiPt:alert(1))", 6, 6, "The link 'JaVaScRiPt:alert(1)' uses the scheme 'javascript:', which is not allowed.")]
    [InlineData("[x](javascript&#58;alert(1))", 6, 1, "The link 'javascript:alert(1)' uses the scheme 'javascript:', which is not allowed.")]
    [InlineData("[x](java%0ascript:alert(1))", 6, 1, "The link 'java%0ascript:alert(1)' uses the scheme 'javascript:', which is not allowed.")]
    [InlineData("[x](<\u0001javascript:alert(1)>)", 6, 1, "The link '\\x01javascript:alert(1)' uses the scheme 'javascript:', which is not allowed.")]
    [InlineData("See <javascript:alert(1)>.", 6, 5, "The link 'javascript:alert(1)' uses the scheme 'javascript:', which is not allowed.")]
    [InlineData("[x](vbscript:msgbox)", 6, 1, "The link 'vbscript:msgbox' uses the scheme 'vbscript:', which is not allowed.")]
    [InlineData("[x](file:///etc/passwd)", 6, 1, "The link 'file:///etc/passwd' uses the scheme 'file:', which is not allowed.")]
    [InlineData("![A dot](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk)", 6, 1,
        "The image 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAA…' uses the scheme 'data:', which is not allowed.")]
    [InlineData("Intro [x][evil].\n\n[evil]: javascript:alert(1)", 8, 1, "The link 'javascript:alert(1)' uses the scheme 'javascript:', which is not allowed.")]
    public void Unsafe_url_schemes_are_errors_at_their_position(string body, int line, int column, string message)
    {
        var problem = Assert.Single(Problems(body));
        Assert.Equal((line, column, message), (problem.Line, problem.Column, problem.Message));
    }

    [Fact]
    public void An_image_with_a_data_url_names_the_static_folder() =>
        Assert.Equal("Put the image in input/static/ and link it with a relative path, or use an https URL.", Assert.Single(Problems("![x](data:image/gif;base64,R0lG)")).Hint);

    [Theory]
    [InlineData("## Title {onclick=\"alert(1)\"}", "The attribute 'onclick' in {…} can never be allowed: it runs script or styles.")]
    [InlineData("## Title {style=\"color: red\"}", "The attribute 'style' in {…} can never be allowed: it runs script or styles.")]
    [InlineData("## Title {title=\"Hi\"}", "The attribute 'title' in {…} is not in markdown.allowHtml.attributes (none are allowed).")]
    [InlineData("[x](https://example.org){onmouseover=\"alert(1)\"}", "The attribute 'onmouseover' in {…} can never be allowed: it runs script or styles.")]
    public void Attributes_in_braces_follow_the_same_allow_list(string body, string message) =>
        Assert.Equal(message, Assert.Single(Problems(body)).Message);

    [Fact]
    public void Allowed_tags_and_attributes_pass_and_are_written_by_the_sanitizer()
    {
        var html = Render("The <abbr title='Shanghai Cooperation Organisation'>SCO</abbr>, x<sup>2</sup> and <kbd>Ctrl</kbd>.\n\n<abbr title=\"a &amp; b\">A</abbr>\n", Allowing);
        Assert.Contains("The <abbr title=\"Shanghai Cooperation Organisation\">SCO</abbr>, x<sup>2</sup> and <kbd>Ctrl</kbd>.", html);
        Assert.Contains("<abbr title=\"a &amp; b\">A</abbr>", html);
        Assert.Equal("<h2 id=\"title\" title=\"Hi\">Title</h2>\n", Render("## Title {title=\"Hi\"}", Allowing));
    }

    [Theory]
    [InlineData("A <div>box</div>.", "Raw HTML is not allowed in Markdown: <div> is not in markdown.allowHtml.tags (allowed: abbr, sup, kbd, a).")]
    [InlineData("A <script>x</script>.", "Raw HTML is not allowed in Markdown: <script> can never be allowed: it runs script or styles.")]
    [InlineData("A <abbr onclick=\"alert(1)\">x</abbr>.", "Raw HTML is not allowed in Markdown: the attribute 'onclick' on <abbr> can never be allowed: it runs script or styles.")]
    [InlineData("A <abbr style=\"color:red\">x</abbr>.", "Raw HTML is not allowed in Markdown: the attribute 'style' on <abbr> can never be allowed: it runs script or styles.")]
    [InlineData("A <abbr class=\"x\">x</abbr>.", "Raw HTML is not allowed in Markdown: the attribute 'class' on <abbr> is not in markdown.allowHtml.attributes (allowed: title, href).")]
    [InlineData("A <a href=\"javascript:alert(1)\">x</a>.", "Raw HTML is not allowed in Markdown: the URL in the attribute 'href' of <a> uses a scheme that is not allowed (only http, https, mailto, tel or a relative path).")]
    [InlineData("A <a href=\"JaVa&#x09;script:alert(1)\">x</a>.", "Raw HTML is not allowed in Markdown: the URL in the attribute 'href' of <a> uses a scheme that is not allowed (only http, https, mailto, tel or a relative path).")]
    [InlineData("Intro.\n\n<!-- note -->", "Raw HTML is not allowed in Markdown: an HTML comment.")]
    [InlineData("Intro.\n\n<abbr title=\"x\">A</abbr><script>alert(1)</script>\n", "Raw HTML is not allowed in Markdown: <script> can never be allowed: it runs script or styles.")]
    public void Outside_the_allow_list_raw_html_is_still_an_error(string body, string message) =>
        Assert.Equal(message, Problems(body, Allowing)[0].Message);
}
