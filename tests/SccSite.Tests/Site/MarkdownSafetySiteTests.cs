using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Site;

/// <summary>The safety policy in a real build: errors at file:line:column with exit code 1, and allowed HTML in the output.</summary>
public class MarkdownSafetySiteTests
{
    [Fact]
    public async Task Raw_html_in_a_page_fails_the_build_at_its_line()
    {
        using var site = TempSite.Fixture();
        site.Edit("input/en/about.md", s => s.Replace("Footnote here.[^1]", "Footnote <b>here</b>.[^1] <script>alert(1)</script>"));
        var result = await CliRunner.RunAsync("build", "--input", site.Input, "--output", site.Output, "--theme", site.Theme);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/en/about.md:14:10: error: Raw HTML is not allowed in Markdown: <b>. Write **bold** in Markdown instead.", result.Error);
        Assert.Contains("input/en/about.md:14:27: error: Raw HTML is not allowed in Markdown: <script>. A page cannot run scripts: scripts belong in the theme.", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void A_javascript_link_fails_the_build_at_its_line()
    {
        using var site = TempSite.Fixture();
        site.Edit("input/en/about.md", s => s.Replace("Download [the bar](../static/images/bar.svg).", "Download [the bar](JaVaScRiPt:alert(1))."));
        var result = site.Build();
        Assert.Equal(
            "input/en/about.md:24:10: error: The link 'JaVaScRiPt:alert(1)' uses the scheme 'javascript:', which is not allowed. Links may be relative paths (../priorities/energy-cooperation.md) or use http, https, mailto or tel.",
            Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Html_allowed_in_site_yml_is_published_sanitized()
    {
        using var site = TempSite.Fixture();
        site.Edit("input/site.yml", s => s + "markdown:\n  allowHtml:\n    tags: [abbr, sup]\n    attributes: [title]\n");
        site.Edit("input/en/about.md", s => s.Replace("Footnote here.", "The <ABBR TITLE='Shanghai Cooperation Organisation'>SCO</ABBR> turned 2<sup>3</sup>."));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Contains("The <abbr title=\"Shanghai Cooperation Organisation\">SCO</abbr> turned 2<sup>3</sup>.", site.Read("en/about/index.html"));
    }

    [Fact]
    public void Html_outside_the_allow_list_is_still_an_error()
    {
        using var site = TempSite.Fixture();
        site.Edit("input/site.yml", s => s + "markdown:\n  allowHtml:\n    tags: [abbr]\n    attributes: [title]\n");
        site.Edit("input/en/about.md", s => s.Replace("Footnote here.", "<abbr title=\"x\" onclick=\"alert(1)\">SCO</abbr>"));
        Assert.Equal(
            "input/en/about.md:14:1: error: Raw HTML is not allowed in Markdown: the attribute 'onclick' on <abbr> can never be allowed: it runs script or styles. Write it in Markdown, or allow the tag in site.yml under markdown.allowHtml.",
            Assert.Single(site.Build().Errors).ToString());
    }

    [Fact]
    public void Listing_script_in_site_yml_fails_the_build_at_that_line()
    {
        using var site = TempSite.Fixture();
        site.Edit("input/site.yml", s => s + "markdown:\n  allowHtml:\n    tags:\n      - abbr\n      - script\n");
        var lines = File.ReadAllLines(Path.Combine(site.Input, "site.yml")).Length;
        Assert.Equal(
            $"input/site.yml:{lines}:9: error: The tag 'script' can never be allowed: it runs script or styles. Remove it from markdown.allowHtml.tags.",
            Assert.Single(site.Build().Errors).ToString());
    }
}
