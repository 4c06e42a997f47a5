using AngleSharp.Html.Parser;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Site;

public class EscapingTests
{
    [Fact]
    public void A_script_tag_in_a_title_comes_out_escaped_everywhere()
    {
        using var site = TempSite.Fixture();
        site.Edit("input/en/priorities/alpha.md", s => s.Replace("title: Alpha priority", "title: \"<script>alert('x')</script> & \\\"quotes\\\"\""));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        foreach (var page in new[] { "en/priorities/alpha/index.html", "en/priorities/index.html", "en/index.html", "en/initiatives/one/index.html" })
        {
            var html = site.Read(page);
            Assert.DoesNotContain("<script>alert", html);
            var document = new HtmlParser().ParseDocument(html);
            Assert.Equal(["application/ld+json"], document.QuerySelectorAll("script").Select(s => s.GetAttribute("type")));
        }
        var alpha = site.Read("en/priorities/alpha/index.html");
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;", alpha);
        Assert.Equal("<script>alert('x')</script> & \"quotes\"", new HtmlParser().ParseDocument(alpha).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Rendered_markdown_is_trusted_html_and_is_not_escaped()
    {
        using var site = TempSite.Fixture();
        Assert.True(site.Build().Succeeded);
        var html = site.Read("en/about/index.html");
        Assert.Contains("<table>", html);
        Assert.Contains("<h2 id=\"привет-мир\">Привет мир</h2>", html);
    }
}
