using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SccSite.BrowserTests.Gates;
using SccSite.BrowserTests.Infrastructure;

namespace SccSite.BrowserTests.Tests;

/// <summary>
/// Each gate must fail when the site is broken. Every proof copies the small fixture site and the
/// theme to a temporary folder, breaks one thing, builds and serves the copy, and runs the same gate
/// classes as the real-site tests. The planted fault is found on the broken copy and not on the
/// unbroken fixture, so it is the fault, not some other problem, that the gate reports.
/// </summary>
public sealed class NegativeProofTests(FixtureSite clean, ClassContext browser, Chromium chromium)
    : IClassFixture<FixtureSite>, IClassFixture<ClassContext>
{
    private const string About = "en/about/";

    [Fact]
    public async Task Axe_fails_on_an_img_without_alt()
    {
        static async Task<IReadOnlyList<string>> Rules(IPage page, ServedSite site)
        {
            await page.GotoAsync(site.Page(About).Url);
            return [.. (await AxeGate.CheckAsync(page)).Select(v => v.RuleId)];
        }

        using var copy = SiteCopy.OfFixture();
        copy.AppendToPage("en/about.md", """<img src="/assets/favicon.svg">""");
        var (before, after) = await BothAsync(copy, Rules);
        Assert.DoesNotContain("image-alt", before);
        Assert.Contains("image-alt", after);
    }

    [Fact]
    public async Task Links_fail_on_a_broken_internal_link_and_a_missing_anchor()
    {
        using var copy = SiteCopy.OfFixture();
        copy.AppendToPage("en/about.md", """<p><a href="/en/nowhere/">Nowhere</a> and <a href="#no-such-heading">a lost anchor</a>.</p>""");
        var (before, after) = await SweepBothAsync(copy, SweepReport.Links);
        Assert.DoesNotContain(before, p => p.Contains("nowhere") || p.Contains("no-such-heading"));
        Assert.Contains("/en/about/: broken link href=\"/en/nowhere/\": no en/nowhere/index.html in the output", after);
        Assert.Contains(after, p => p.StartsWith("/en/about/: broken anchor href=\"#no-such-heading\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Links_fail_on_a_link_that_leaves_the_base_path()
    {
        using var copy = SiteCopy.OfFixture();
        copy.AppendToPage("en/about.md", """<p><a href="/en/">Home without the base path</a></p>""");
        await using var site = await copy.BuildAndServeAsync("http://127.0.0.1/sco/");
        var report = await SiteSweep.RunAsync(await browser.GetAsync(chromium), site, SweepOptions.LinksOnly);
        Assert.Contains("/en/about/: link href=\"/en/\" leaves the site's base path /sco/", report[SweepReport.Links].Select(p => p.ToString()));
    }

    [Fact]
    public async Task Lang_fails_on_a_wrong_lang_attribute()
    {
        using var copy = SiteCopy.OfFixture();
        copy.Edit("theme/layouts/base.html", html => Regex.Replace(html, "<html lang=\"[^\"]*\"", "<html lang=\"fr\""));
        var (before, after) = await SweepBothAsync(copy, SweepReport.Lang);
        Assert.Empty(before);
        Assert.Contains("/en/about/: <html lang=\"fr\"> but the language folder needs lang=\"en\"", after);
        Assert.Contains("/zh/: <html lang=\"fr\"> but the language folder needs lang=\"zh-Hans\"", after);
    }

    [Fact]
    public async Task The_switcher_gate_fails_when_the_switcher_leads_elsewhere()
    {
        using var copy = SiteCopy.OfFixture();
        // Every entry leads to its language's home instead of the same page's translation.
        copy.Edit("theme/partials/language-switcher.html", html => html.Replace("href=\"{{ option.url }}\"", "href=\"{{ site.base_path }}{{ option.code }}/\"", StringComparison.Ordinal));
        var (before, after) = await SweepBothAsync(copy, SweepReport.Switcher);
        Assert.Empty(before);
        Assert.Contains(after, p => p.StartsWith("/en/about/:", StringComparison.Ordinal) && p.Contains("not to this page's translation"));
    }

    [Fact]
    public async Task The_console_and_network_gates_fail_on_a_script_error_and_a_missing_file()
    {
        using var copy = SiteCopy.OfFixture();
        copy.AppendToPage("en/about.md", """
            <img src="/assets/missing.png" alt="A missing picture">

            <script>
            console.error("planted console error");
            </script>
            """);
        var (before, after) = await SweepBothAsync(copy, SweepReport.Console, SweepReport.Network);
        Assert.DoesNotContain(before, p => p.Contains("planted") || p.Contains("missing.png"));
        Assert.Contains(after, p => p.StartsWith("/en/about/: console error: planted console error", StringComparison.Ordinal));
        Assert.Contains(after, p => p.StartsWith("/en/about/: HTTP 404 for GET http", StringComparison.Ordinal) && p.EndsWith("/assets/missing.png", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Layout_fails_on_content_wider_than_a_phone()
    {
        using var copy = SiteCopy.OfFixture();
        copy.AppendToPage("en/about.md", """<div class="too-wide" style="width: 500px">A fixed-width box.</div>""");
        var (before, after) = await BothAsync(copy, async (page, site) =>
        {
            await page.GotoAsync(site.Page(About).Url);
            return await LayoutGate.CheckNarrowAsync(page);
        });
        Assert.Empty(before);
        Assert.Contains(after, p => p.StartsWith("horizontal scroll at 360 px", StringComparison.Ordinal) && p.Contains("div.too-wide"));
    }

    [Fact]
    public async Task The_cjk_font_gate_rejects_text_drawn_with_a_latin_font()
    {
        var page = await browser.NewPageAsync(chromium);
        try
        {
            var cdp = await page.Context.NewCDPSessionAsync(page);
            await page.GotoAsync(clean.Site.Page(About).Url);
            var problem = await CjkFontGate.CheckAsync(cdp, "h1");
            Assert.NotNull(problem);
            Assert.Contains("not a CJK font", problem);
            await page.GotoAsync(clean.Site.Page("zh/").Url);
            Assert.Null(await CjkFontGate.CheckAsync(cdp, "h1"));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task The_validator_fails_on_a_stray_end_tag_and_a_duplicate_id()
    {
        var java = ValidatorGate.RequireJava();
        using var copy = SiteCopy.OfFixture();
        copy.AppendToPage("en/about.md", "<p id=\"main\">A second element with the id main.</p>\n\n</div>");
        await using var site = await copy.BuildAndServeAsync();
        var before = await ValidatorGate.CheckAsync(java, clean.Site.Output);
        var after = await ValidatorGate.CheckAsync(java, site.Output);
        Assert.DoesNotContain(before, p => p.Page.StartsWith("en/about/", StringComparison.Ordinal));
        Assert.Contains(after, p => p.Page.StartsWith("en/about/index.html:", StringComparison.Ordinal) && p.Message.Contains("Stray end tag “div”"));
        Assert.Contains(after, p => p.Page.StartsWith("en/about/index.html:", StringComparison.Ordinal) && p.Message.Contains("Duplicate ID “main”"));
    }

    /// <summary>Runs a gate on the unbroken fixture and on the broken copy.</summary>
    private async Task<(IReadOnlyList<string> Before, IReadOnlyList<string> After)> BothAsync(
        SiteCopy copy, Func<IPage, ServedSite, Task<IReadOnlyList<string>>> gate)
    {
        await using var broken = await copy.BuildAndServeAsync();
        var page = await browser.NewPageAsync(chromium);
        try
        {
            return (await gate(page, clean.Site), await gate(page, broken));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>
    /// What some gates of a quick sweep (no axe, no layout) found on the unbroken fixture and on the
    /// broken copy, as "page: message".
    /// </summary>
    private async Task<(IReadOnlyList<string> Before, IReadOnlyList<string> After)> SweepBothAsync(SiteCopy copy, params string[] gates)
    {
        var context = await browser.GetAsync(chromium);
        await using var broken = await copy.BuildAndServeAsync();
        var before = await clean.QuickSweepAsync(context);
        var after = await SiteSweep.RunAsync(context, broken, SweepOptions.LinksOnly);
        return ([.. gates.SelectMany(g => before[g]).Select(p => p.ToString())], [.. gates.SelectMany(g => after[g]).Select(p => p.ToString())]);
    }
}
