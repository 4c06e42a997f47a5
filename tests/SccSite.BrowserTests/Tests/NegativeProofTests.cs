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
        var (before, after) = await SweepBothAsync(copy, [About], SweepReport.Links);
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
        var report = await SiteSweep.RunAsync(chromium, site, SweepOptions.LinksOnly with { Only = p => p.Path == About });
        Assert.Contains("/en/about/: link href=\"/en/\" leaves the site's base path /sco/", report[SweepReport.Links].Select(p => p.ToString()));
    }

    [Fact]
    public async Task Lang_fails_on_a_wrong_lang_attribute()
    {
        using var copy = SiteCopy.OfFixture();
        copy.Edit("theme/layouts/base.html", html => Regex.Replace(html, "<html lang=\"[^\"]*\"", "<html lang=\"fr\""));
        var (before, after) = await SweepBothAsync(copy, [About, "zh/"], SweepReport.Lang);
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
        // The about page and the home page in every language: the broken switcher leads from one to the other.
        var (before, after) = await SweepBothAsync(copy, [.. new[] { "en", "ru", "zh", "kk" }.SelectMany(l => new[] { $"{l}/", $"{l}/about/" })], SweepReport.Switcher);
        Assert.Empty(before);
        Assert.Contains(after, p => p.StartsWith("/en/about/:", StringComparison.Ordinal) && p.Contains("not to this page's translation"));
    }

    [Fact]
    public async Task The_console_and_network_gates_fail_on_a_script_error_and_a_missing_file()
    {
        using var copy = SiteCopy.OfFixture();
        // The site's own script file (an inline script would be stopped by the Content-Security-Policy first).
        copy.AddFile("input/static/planted.js", "console.error(\"planted console error\");\n");
        copy.AppendToPage("en/about.md", """
            <img src="/assets/missing.png" alt="A missing picture">

            <script src="/static/planted.js"></script>
            """);
        var (before, after) = await SweepBothAsync(copy, [About], SweepReport.Console, SweepReport.Network);
        Assert.DoesNotContain(before, p => p.Contains("planted") || p.Contains("missing.png"));
        Assert.Contains(after, p => p.StartsWith("/en/about/: console error: planted console error", StringComparison.Ordinal));
        Assert.Contains(after, p => p.StartsWith("/en/about/: HTTP 404 for GET http", StringComparison.Ordinal) && p.EndsWith("/assets/missing.png", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_csp_gate_reports_an_inline_script_in_a_layout_and_the_browser_blocks_it()
    {
        using var copy = SiteCopy.OfFixture();
        copy.Edit("theme/layouts/base.html", html => html.Replace("</body>", "<script>document.documentElement.dataset.planted = \"ran\";</script>\n</body>", StringComparison.Ordinal));
        var (before, after) = await SweepBothAsync(copy, [About, "zh/"], SweepReport.CspViolations);
        Assert.Empty(before);
        Assert.Contains(after, p => p.StartsWith("/en/about/: CSP blocked inline under script-src-elem", StringComparison.Ordinal));
        Assert.Contains(after, p => p.StartsWith("/zh/: CSP blocked inline under script-src-elem", StringComparison.Ordinal));
        Assert.Contains(after, p => p.StartsWith("/en/about/: console error: ", StringComparison.Ordinal) && p.Contains("Content Security Policy"));

        // Blocked, not only reported: the planted script did not run.
        await using var broken = await copy.BuildAndServeAsync();
        var page = await browser.NewPageAsync(chromium);
        try
        {
            await page.GotoAsync(broken.Page(About).Url);
            Assert.Null(await page.EvaluateAsync<string?>("() => document.documentElement.dataset.planted ?? null"));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task The_csp_gate_reports_an_inline_style_and_eval_in_a_script_file()
    {
        using var copy = SiteCopy.OfFixture();
        copy.AddFile("input/static/evaluates.js", "eval(\"1 + 1\");\n");
        copy.AppendToPage("en/about.md", """
            <p style="color: #1a1f26">A paragraph with its own style attribute.</p>

            <script src="/static/evaluates.js"></script>
            """);
        var (before, after) = await SweepBothAsync(copy, [About], SweepReport.CspViolations);
        Assert.Empty(before);
        Assert.Contains(after, p => p.StartsWith("/en/about/: CSP blocked inline under style-src-attr", StringComparison.Ordinal));
        Assert.Contains(after, p => p.StartsWith("/en/about/: CSP blocked eval under script-src", StringComparison.Ordinal) && p.Contains("evaluates.js"));
    }

    [Fact]
    public async Task The_csp_policy_check_fails_on_a_missing_or_weak_policy()
    {
        using var copy = SiteCopy.OfFixture();
        copy.Edit("theme/layouts/root.html", html => Regex.Replace(html, "<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", ""));
        copy.Edit("theme/layouts/base.html", html => html.Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'", StringComparison.Ordinal));
        var (before, after) = await SweepBothAsync(copy, ["", "404.html", About, "en/old-alpha/", "zh/old-alpha/"], SweepReport.CspPolicy);
        Assert.Empty(before);
        Assert.Contains("/: no <meta http-equiv=\"Content-Security-Policy\">", after);
        Assert.Contains("/404.html: no <meta http-equiv=\"Content-Security-Policy\">", after);
        Assert.Contains("/en/about/: CSP style-src allows 'unsafe-inline': only the site's own files ('self') may run or style the page", after);
        // The alias stubs keep their own (stricter) policy.
        Assert.DoesNotContain(after, p => p.Contains("old-alpha"));
    }

    [Fact]
    public async Task Layout_fails_on_content_wider_than_a_phone()
    {
        using var copy = SiteCopy.OfFixture();
        // A stylesheet of the site's own (an inline style attribute would be stopped by the Content-Security-Policy).
        copy.AddFile("input/static/too-wide.css", ".too-wide { width: 500px; }\n");
        copy.AppendToPage("en/about.md", """<link rel="stylesheet" href="/static/too-wide.css"><div class="too-wide">A fixed-width box.</div>""");
        var (before, after) = await BothAsync(copy, async (page, site) =>
        {
            await page.GotoAsync(site.Page(About).Url);
            return await LayoutGate.CheckNarrowAsync(page);
        });
        Assert.Empty(before);
        Assert.Contains(after, p => p.StartsWith("horizontal scroll at 360 px", StringComparison.Ordinal) && p.Contains("div.too-wide"));
    }

    [Fact]
    public async Task The_paint_gate_fails_on_a_covered_header_band_and_an_invisible_heading()
    {
        using var copy = SiteCopy.OfFixture();
        // The DOM keeps its colours; only what is painted changes.
        copy.Edit("theme/assets/css/site.css", css => css + "\n.site-header { box-shadow: inset 0 0 0 100vmax #ffffff; }\nmain h1 { opacity: 0; }\n");
        var (before, after) = await BothAsync(copy, async (page, site) =>
        {
            await page.GotoAsync(site.Page(About).Url);
            return [.. await PaintGate.CheckAsync(page), .. await LayoutGate.WhileNarrowAsync(page, () => PaintGate.CheckAsync(page))];
        });
        Assert.Empty(before);
        Assert.Contains("the site header band is painted rgb(255, 255, 255), not its background rgb(0, 85, 140) at 1280 px: something covers it", after);
        Assert.Contains(after, p => p.StartsWith("the h1 is not painted: 0.0% of its text box", StringComparison.Ordinal) && p.Contains("at 360 px"));
    }

    [Fact]
    public async Task The_keyboard_gate_fails_without_focus_indicators_or_a_skip_link()
    {
        using var copy = SiteCopy.OfFixture();
        copy.Edit("theme/assets/css/site.css", css => css + "\nmain a:focus-visible { outline: none; box-shadow: none; }\n");
        copy.Edit("theme/layouts/base.html", html => html.Replace("<a class=\"skip-link\" href=\"#main\">", "<a class=\"skip-link\" href=\"#content\">", StringComparison.Ordinal));
        var (before, after) = await BothAsync(copy, (page, site) => KeyboardGate.CheckAsync(page, site.Page(About).Url));
        Assert.Empty(before);
        Assert.Contains(after, p => p.StartsWith("the first Tab focuses a \"", StringComparison.Ordinal) && p.EndsWith("not the skip link (a.skip-link href=\"#main\")", StringComparison.Ordinal));
        Assert.Contains(after, p => p.StartsWith("a \"", StringComparison.Ordinal) && p.EndsWith("has no visible focus indicator (outline-style none and no box-shadow)", StringComparison.Ordinal));
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
        // One Java start for both pages: the unbroken one and the broken one.
        var labels = new Dictionary<string, string> { [clean.Site.Output] = "clean/", [site.Output] = "broken/" };
        var errors = await ValidatorGate.CheckAsync(java, labels, clean.Site.Page(About).File, site.Page(About).File);
        Assert.DoesNotContain(errors, p => p.Page.StartsWith("clean/", StringComparison.Ordinal));
        Assert.Contains(errors, p => p.Page.StartsWith("broken/en/about/index.html:", StringComparison.Ordinal) && p.Message.Contains("Stray end tag “div”"));
        Assert.Contains(errors, p => p.Page.StartsWith("broken/en/about/index.html:", StringComparison.Ordinal) && p.Message.Contains("Duplicate ID “main”"));
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
    /// What some gates of a quick sweep (no axe, no layout) found on the whole unbroken fixture and on
    /// the pages of the broken copy that the proof broke, as "page: message".
    /// </summary>
    private async Task<(IReadOnlyList<string> Before, IReadOnlyList<string> After)> SweepBothAsync(SiteCopy copy, string[] paths, params string[] gates)
    {
        await using var broken = await copy.BuildAndServeAsync();
        foreach (var path in paths) _ = broken.Page(path); // Each page the proof names exists, or the proof proves nothing.
        var before = await clean.QuickSweepAsync(chromium);
        var after = await SiteSweep.RunAsync(chromium, broken, SweepOptions.LinksOnly with { Only = p => paths.Contains(p.Path) });
        return ([.. gates.SelectMany(g => before[g]).Select(p => p.ToString())], [.. gates.SelectMany(g => after[g]).Select(p => p.ToString())]);
    }
}
